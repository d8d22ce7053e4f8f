#!/usr/bin/env node
// Loads the TypeScript CLI through tsx in this same process, so `npx sterk` works from a clean clone.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/entry.ts");

import "@mantine/core/styles.css";
import "./styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { AppProviders } from "./app-providers";
import { initI18n, initialLocale, loadCatalogue } from "./i18n";
import { AppRoutes } from "./routes";

const locale = initialLocale();
// the page's language is its own chunk; rendering waits for it (a few KB, fetched right after this script)
await loadCatalogue(locale);
initI18n(locale);

const container = document.getElementById("root");
if (!container) throw new Error("index.html lacks #root");
createRoot(container).render(
  <StrictMode>
    <AppProviders>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
  </StrictMode>,
);

import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { TDb } from "./client";
import { planProposals } from "./schema/index";

export type TPlanProposalStatus = "pending" | "accepted" | "declined" | "withdrawn";
export type TPlanProposalRow = {
  id: string;
  runId: string;
  personId: string;
  planId: string;
  basedOnVersion: number;
  moduleIds: string[];
  status: TPlanProposalStatus;
  createdByUserId: string | null;
  createdAt: Date;
  decidedByUserId: string | null;
  decidedAt: Date | null;
};

const columns = {
  id: planProposals.id,
  runId: planProposals.runId,
  personId: planProposals.personId,
  planId: planProposals.planId,
  basedOnVersion: planProposals.basedOnVersion,
  moduleIds: planProposals.moduleIds,
  status: planProposals.status,
  createdByUserId: planProposals.createdByUserId,
  createdAt: planProposals.createdAt,
  decidedByUserId: planProposals.decidedByUserId,
  decidedAt: planProposals.decidedAt,
};

const STATUSES: readonly string[] = ["pending", "accepted", "declined", "withdrawn"];

function rowOf(row: Omit<TPlanProposalRow, "moduleIds" | "status"> & { moduleIds: unknown; status: string }): TPlanProposalRow {
  const moduleIds = Array.isArray(row.moduleIds) ? row.moduleIds.filter((m): m is string => typeof m === "string") : [];
  if (!STATUSES.includes(row.status)) throw new Error(`plan proposal ${row.id} has an unknown status ${row.status}`);
  return { ...row, moduleIds, status: row.status as TPlanProposalStatus };
}

/** Stores a pending proposal (withdraw the person's earlier pending one first: at most one is pending). */
export async function insertPlanProposal(
  db: TDb,
  organisationId: string,
  values: { runId: string; personId: string; planId: string; basedOnVersion: number; moduleIds: readonly string[]; createdByUserId: string | null },
): Promise<string> {
  const [row] = await db
    .insert(planProposals)
    .values({ organisationId, ...values, moduleIds: [...values.moduleIds] })
    .returning({ id: planProposals.id });
  if (!row) throw new Error("inserting a plan proposal returned nothing");
  return row.id;
}

/** Marks the people's pending proposals withdrawn (a later run replaces them); returns how many. */
export async function withdrawPendingProposals(db: TDb, organisationId: string, personIds: readonly string[]): Promise<number> {
  if (personIds.length === 0) return 0;
  const rows = await db
    .update(planProposals)
    .set({ status: "withdrawn", decidedAt: sql`now()` })
    .where(and(eq(planProposals.organisationId, organisationId), inArray(planProposals.personId, [...personIds]), eq(planProposals.status, "pending")))
    .returning({ id: planProposals.id });
  return rows.length;
}

/** The pending proposals of the organisation (optionally of some people). */
export async function listPendingProposals(db: TDb, organisationId: string, personIds?: readonly string[]): Promise<TPlanProposalRow[]> {
  if (personIds && personIds.length === 0) return [];
  const people = personIds ? inArray(planProposals.personId, [...personIds]) : undefined;
  const rows = await db
    .select(columns)
    .from(planProposals)
    .where(and(eq(planProposals.organisationId, organisationId), eq(planProposals.status, "pending"), people));
  return rows.map(rowOf);
}

/** Every proposal made for a plan, newest first. */
export async function listProposalsOfPlan(db: TDb, organisationId: string, planId: string): Promise<TPlanProposalRow[]> {
  const rows = await db
    .select(columns)
    .from(planProposals)
    .where(and(eq(planProposals.organisationId, organisationId), eq(planProposals.planId, planId)))
    .orderBy(desc(planProposals.createdAt), desc(planProposals.id));
  return rows.map(rowOf);
}

/** One proposal; pass `forUpdate` inside a transaction so two decisions queue. */
export async function findPlanProposal(db: TDb, organisationId: string, id: string, forUpdate = false): Promise<TPlanProposalRow | undefined> {
  const query = db.select(columns).from(planProposals).where(and(eq(planProposals.organisationId, organisationId), eq(planProposals.id, id)));
  const [row] = forUpdate ? await query.for("update") : await query;
  return row ? rowOf(row) : undefined;
}

/** Records the owner's decision on a pending proposal; false when it was no longer pending. */
export async function decidePlanProposal(db: TDb, organisationId: string, id: string, status: "accepted" | "declined", userId: string | null): Promise<boolean> {
  const rows = await db
    .update(planProposals)
    .set({ status, decidedByUserId: userId, decidedAt: sql`now()` })
    .where(and(eq(planProposals.organisationId, organisationId), eq(planProposals.id, id), eq(planProposals.status, "pending")))
    .returning({ id: planProposals.id });
  return rows.length > 0;
}

import { Alert, Button, Checkbox, Group, NativeSelect, Stack, Table, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { COHORT_KINDS, COST_CATEGORIES, type TProgramme, type TProgrammeInput, ZCohortMembers, ZMeasureList } from "../../../contracts/evaluation";
import { api } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { CaptionedTable } from "../../components/captioned-table";
import { LoadingState } from "../../components/loading-state";
import { ProblemAlert } from "../../components/problem-alert";
import { parseAmountToCents } from "../optimiser/budget-input";
import { MemberPicker } from "./member-picker";
import { apiPut, Section, useFormat } from "./parts";
import { ColumnHeads } from "../../components/captioned-table";
import { ProgrammeForm, programmeValues } from "./programme-form";

type TProps = { programme: TProgramme; onChanged: () => void };

/** HR's setup of a programme: its fields, cohorts and members, costs, participants' time and the measures it uses. */
export function ProgrammeSetup({ programme, onChanged }: TProps) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmission();
  const [saved, setSaved] = useState(false);
  async function save(input: TProgrammeInput) {
    setSaved(false);
    const done = await run(() => apiPut(`/api/programmes/${programme.id}`, input));
    if (done !== undefined) {
      setSaved(true);
      onChanged();
    }
  }
  return (
    <Stack gap="xl">
      <Section id="setup-fields" title={t("evaluation.setup.fields")}>
        <Stack gap="sm">
          <ProblemAlert error={error} />
          {saved && (
            <Alert color="green" role="status">
              {t("evaluation.saved")}
            </Alert>
          )}
          <ProgrammeForm key={programme.dataVersion} initial={programmeValues(programme)} submitLabel={t("evaluation.save")} busy={busy} onSubmit={(input) => void save(input)} />
        </Stack>
      </Section>
      <Cohorts programme={programme} onChanged={onChanged} />
      <Costs programme={programme} onChanged={onChanged} />
      <ParticipantTime programme={programme} onChanged={onChanged} />
      <MeasuresUsed programme={programme} onChanged={onChanged} />
      <DeleteProgramme programme={programme} />
    </Stack>
  );
}

function Cohorts({ programme, onChanged }: TProps) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmission();
  const [name, setName] = useState("");
  const [kind, setKind] = useState<(typeof COHORT_KINDS)[number]>("personalised");
  const [editing, setEditing] = useState<string | null>(null);
  async function add(event: FormEvent) {
    event.preventDefault();
    const done = await run(() => api.post(`/api/programmes/${programme.id}/cohorts`, { name: name.trim(), kind }));
    if (done !== undefined) {
      setName("");
      onChanged();
    }
  }
  async function remove(cohortId: string) {
    const done = await run(() => api.delete(`/api/programmes/${programme.id}/cohorts/${cohortId}`));
    if (done !== undefined) onChanged();
  }
  const cohort = programme.cohorts.find((c) => c.id === editing);
  return (
    <Section id="setup-cohorts" title={t("evaluation.setup.cohorts")}>
      <Stack gap="sm">
        <Text size="sm">{t("evaluation.setup.cohortsHint")}</Text>
        <ProblemAlert error={error} />
        {programme.cohorts.length > 0 && (
          <CaptionedTable id="setup-cohorts-table" caption={t("evaluation.setup.cohorts")} striped>
            <ColumnHeads labels={[t("evaluation.setup.cohortName"), t("evaluation.setup.kind"), t("evaluation.setup.members"), t("evaluation.setup.actions")]} />
            <Table.Tbody>
              {programme.cohorts.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Th scope="row" fw={400}>
                    {c.name}
                  </Table.Th>
                  <Table.Td>{t(`evaluation.kind.${c.kind}`)}</Table.Td>
                  <Table.Td>{c.members}</Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      <Button size="xs" variant="default" onClick={() => setEditing(c.id)} aria-label={t("evaluation.setup.editMembersOf", { name: c.name })}>
                        {t("evaluation.setup.editMembers")}
                      </Button>
                      <Button size="xs" variant="subtle" color="red" loading={busy} onClick={() => void remove(c.id)} aria-label={t("evaluation.setup.deleteCohortNamed", { name: c.name })}>
                        {t("evaluation.delete")}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </CaptionedTable>
        )}
        <form onSubmit={(e) => void add(e)}>
          <Group align="flex-end" gap="sm">
            <TextInput label={t("evaluation.setup.cohortName")} required maxLength={200} value={name} onChange={(e) => setName(e.currentTarget.value)} />
            <NativeSelect
              label={t("evaluation.setup.kind")}
              data={COHORT_KINDS.map((k) => ({ value: k, label: t(`evaluation.kind.${k}`) }))}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as (typeof COHORT_KINDS)[number])}
            />
            <Button type="submit" loading={busy}>
              {t("evaluation.setup.addCohort")}
            </Button>
          </Group>
        </form>
        {cohort && <MembersEditor key={cohort.id} programmeId={programme.id} cohortId={cohort.id} name={cohort.name} onDone={() => { setEditing(null); onChanged(); }} />}
      </Stack>
    </Section>
  );
}

function MembersEditor({ programmeId, cohortId, name, onDone }: { programmeId: string; cohortId: string; name: string; onDone: () => void }) {
  const { t } = useTranslation();
  const path = `/api/programmes/${programmeId}/cohorts/${cohortId}/members`;
  const members = useResource(path, ZCohortMembers);
  const [added, setAdded] = useState<{ id: string; name: string }[]>([]);
  const [removed, setRemoved] = useState<Set<string>>(new Set());
  const { busy, error, run } = useSubmission();
  const loaded = (members.data?.people ?? []).map((p) => ({ id: p.id, name: p.name }));
  const current = [...loaded, ...added.filter((a) => !loaded.some((p) => p.id === a.id))].filter((p) => !removed.has(p.id));
  async function save() {
    const done = await run(() => apiPut(path, { personIds: current.map((p) => p.id) }));
    if (done !== undefined) onDone();
  }
  return (
    <Section id="setup-members" order={3} title={t("evaluation.setup.membersOf", { name })}>
      <Stack gap="sm">
        <ProblemAlert error={members.error ?? error} />
        {!members.data && !members.error && <LoadingState />}
        <MemberPicker
          excludeIds={current.map((p) => p.id)}
          onPick={(person) => {
            setAdded((list) => (list.some((p) => p.id === person.id) ? list : [...list, person]));
            setRemoved((set) => {
              const next = new Set(set);
              next.delete(person.id);
              return next;
            });
          }}
        />
        {current.length === 0 ? (
          <Text size="sm">{t("evaluation.setup.noMembers")}</Text>
        ) : (
          <CaptionedTable id="setup-members-table" caption={t("evaluation.setup.membersOf", { name })} striped>
            <ColumnHeads labels={[t("evaluation.setup.person"), t("evaluation.setup.actions")]} />
            <Table.Tbody>
              {current.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Th scope="row" fw={400}>
                    {p.name}
                  </Table.Th>
                  <Table.Td>
                    <Button size="xs" variant="subtle" color="red" onClick={() => setRemoved((set) => new Set(set).add(p.id))} aria-label={t("evaluation.setup.removeMember", { name: p.name })}>
                      {t("evaluation.setup.remove")}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </CaptionedTable>
        )}
        <Group>
          <Button loading={busy} onClick={() => void save()}>
            {t("evaluation.setup.saveMembers", { count: current.length })}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t("evaluation.cancel")}
          </Button>
        </Group>
      </Stack>
    </Section>
  );
}

function Costs({ programme, onChanged }: TProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const { busy, error, run } = useSubmission();
  const [name, setName] = useState("");
  const [category, setCategory] = useState<(typeof COST_CATEGORIES)[number]>("delivery");
  const [amount, setAmount] = useState("");
  const [cohortId, setCohortId] = useState("");
  const [amountError, setAmountError] = useState<string | undefined>();
  const enrolled = programme.cohorts.filter((c) => c.kind !== "comparison");
  const cohortName = (id: string | null) => (id === null ? t("evaluation.setup.shared") : (programme.cohorts.find((c) => c.id === id)?.name ?? id));
  async function add(event: FormEvent) {
    event.preventDefault();
    const amountCents = parseAmountToCents(amount);
    setAmountError(amountCents === null ? t("evaluation.setup.amountInvalid") : undefined);
    if (amountCents === null) return;
    const done = await run(() => api.post(`/api/programmes/${programme.id}/costs`, { name: name.trim(), category, amountCents, cohortId: cohortId || null }));
    if (done !== undefined) {
      setName("");
      setAmount("");
      onChanged();
    }
  }
  async function remove(costId: string) {
    const done = await run(() => api.delete(`/api/programmes/${programme.id}/costs/${costId}`));
    if (done !== undefined) onChanged();
  }
  return (
    <Section id="setup-costs" title={t("evaluation.setup.costs")}>
      <Stack gap="sm">
        <Text size="sm">{t("evaluation.setup.costsHint")}</Text>
        <ProblemAlert error={error} />
        {programme.costs.length === 0 ? (
          <Text size="sm">{t("evaluation.setup.noCosts")}</Text>
        ) : (
          <CaptionedTable id="setup-costs-table" caption={t("evaluation.setup.costs")} striped>
            <ColumnHeads labels={[t("evaluation.costs.line"), t("evaluation.costs.category"), t("evaluation.costs.amount"), t("evaluation.setup.cohort"), t("evaluation.setup.actions")]} />
            <Table.Tbody>
              {programme.costs.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Th scope="row" fw={400}>
                    {c.name}
                  </Table.Th>
                  <Table.Td>{t(`evaluation.category.${c.category}`)}</Table.Td>
                  <Table.Td>{f.money(c.amountCents, programme.currency)}</Table.Td>
                  <Table.Td>{cohortName(c.cohortId)}</Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="subtle" color="red" loading={busy} onClick={() => void remove(c.id)} aria-label={t("evaluation.setup.deleteCost", { name: c.name })}>
                      {t("evaluation.delete")}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </CaptionedTable>
        )}
        <form onSubmit={(e) => void add(e)} noValidate>
          <Group align="flex-end" gap="sm">
            <TextInput label={t("evaluation.costs.line")} required maxLength={200} value={name} onChange={(e) => setName(e.currentTarget.value)} />
            <NativeSelect
              label={t("evaluation.costs.category")}
              data={COST_CATEGORIES.map((c) => ({ value: c, label: t(`evaluation.category.${c}`) }))}
              value={category}
              onChange={(e) => setCategory(e.currentTarget.value as (typeof COST_CATEGORIES)[number])}
            />
            <TextInput
              label={t("evaluation.setup.amount", { currency: programme.currency })}
              inputMode="decimal"
              required
              value={amount}
              error={amountError}
              onChange={(e) => setAmount(e.currentTarget.value)}
            />
            <NativeSelect
              label={t("evaluation.setup.cohort")}
              data={[{ value: "", label: t("evaluation.setup.shared") }, ...enrolled.map((c) => ({ value: c.id, label: c.name }))]}
              value={cohortId}
              onChange={(e) => setCohortId(e.currentTarget.value)}
            />
            <Button type="submit" loading={busy}>
              {t("evaluation.setup.addCost")}
            </Button>
          </Group>
        </form>
      </Stack>
    </Section>
  );
}

function ParticipantTime({ programme, onChanged }: TProps) {
  const { t } = useTranslation();
  const enrolled = programme.cohorts.filter((c) => c.kind !== "comparison");
  return (
    <Section id="setup-time" title={t("evaluation.setup.time")}>
      <Stack gap="sm">
        <Text size="sm">{t("evaluation.setup.timeHint")}</Text>
        {enrolled.length === 0 && <Text size="sm">{t("evaluation.setup.noEnrolled")}</Text>}
        {enrolled.map((c) => (
          <TimeForm key={`${c.id}-${programme.dataVersion}`} programme={programme} cohortId={c.id} name={c.name} onChanged={onChanged} />
        ))}
      </Stack>
    </Section>
  );
}

function TimeForm({ programme, cohortId, name, onChanged }: TProps & { cohortId: string; name: string }) {
  const { t } = useTranslation();
  const existing = programme.participantTime.find((p) => p.cohortId === cohortId);
  const [hours, setHours] = useState(existing ? String(existing.hoursPerParticipant) : "");
  const [rate, setRate] = useState(existing ? (existing.loadedHourlyRateCents / 100).toFixed(2) : "");
  const [errors, setErrors] = useState<{ hours?: string; rate?: string }>({});
  const { busy, error, run } = useSubmission();
  const path = `/api/programmes/${programme.id}/cohorts/${cohortId}/participant-time`;
  async function save(event: FormEvent) {
    event.preventDefault();
    const h = Number(hours.replace(",", "."));
    const cents = parseAmountToCents(rate);
    const next = { hours: hours.trim() === "" || !Number.isFinite(h) || h < 0 ? t("evaluation.setup.hoursInvalid") : undefined, rate: cents === null ? t("evaluation.setup.amountInvalid") : undefined };
    setErrors(next);
    if (next.hours || next.rate || cents === null) return;
    const done = await run(() => apiPut(path, { hoursPerParticipant: h, loadedHourlyRateCents: cents }));
    if (done !== undefined) onChanged();
  }
  async function remove() {
    const done = await run(() => api.delete(path));
    if (done !== undefined) onChanged();
  }
  return (
    <form onSubmit={(e) => void save(e)} noValidate aria-label={t("evaluation.setup.timeOf", { name })}>
      <Stack gap={4}>
        <Text fw={600}>{name}</Text>
        <ProblemAlert error={error} />
        <Group align="flex-end" gap="sm">
          <TextInput label={t("evaluation.setup.hours")} inputMode="decimal" value={hours} error={errors.hours} onChange={(e) => setHours(e.currentTarget.value)} />
          <TextInput label={t("evaluation.setup.rate", { currency: programme.currency })} description={t("evaluation.setup.rateHint")} inputMode="decimal" value={rate} error={errors.rate} onChange={(e) => setRate(e.currentTarget.value)} />
          <Button type="submit" loading={busy} aria-label={t("evaluation.setup.saveTimeOf", { name })}>
            {t("evaluation.save")}
          </Button>
          {existing && (
            <Button variant="subtle" color="red" loading={busy} onClick={() => void remove()} aria-label={t("evaluation.setup.deleteTimeOf", { name })}>
              {t("evaluation.delete")}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

function MeasuresUsed({ programme, onChanged }: TProps) {
  const { t } = useTranslation();
  const measures = useResource("/api/measures?includeArchived=true", ZMeasureList);
  const [selected, setSelected] = useState<string[]>(programme.measures.map((m) => m.id));
  const { busy, error, run } = useSubmission();
  async function save() {
    const done = await run(() => apiPut(`/api/programmes/${programme.id}/measures`, { measureIds: selected }));
    if (done !== undefined) onChanged();
  }
  const available = (measures.data?.measures ?? []).filter((m) => !m.archived || selected.includes(m.id));
  return (
    <Section id="setup-measures" title={t("evaluation.setup.measures")}>
      <Stack gap="sm">
        <ProblemAlert error={measures.error ?? error} />
        {measures.data && available.length === 0 && <Text size="sm">{t("evaluation.setup.noMeasures")}</Text>}
        {available.length > 0 && (
          <Checkbox.Group label={t("evaluation.setup.measuresLabel")} value={selected} onChange={setSelected}>
            <Stack gap={4} mt={4}>
              {available.map((m) => (
                <Checkbox key={m.id} value={m.id} label={m.unit ? `${m.name} (${m.unit})` : m.name} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <Group>
          <Button loading={busy} onClick={() => void save()} disabled={!measures.data}>
            {t("evaluation.setup.saveMeasures")}
          </Button>
        </Group>
      </Stack>
    </Section>
  );
}

function DeleteProgramme({ programme }: { programme: TProgramme }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const { busy, error, run } = useSubmission();
  async function remove() {
    const done = await run(() => api.delete(`/api/programmes/${programme.id}`));
    if (done !== undefined) void navigate("/evaluation");
  }
  return (
    <Section id="setup-delete" title={t("evaluation.setup.deleteTitle")}>
      <ProblemAlert error={error} />
      {confirming ? (
        <Group>
          <Text size="sm">{t("evaluation.setup.deleteConfirm", { name: programme.name })}</Text>
          <Button color="red" loading={busy} onClick={() => void remove()}>
            {t("evaluation.setup.deleteYes")}
          </Button>
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t("evaluation.cancel")}
          </Button>
        </Group>
      ) : (
        <Button variant="outline" color="red" onClick={() => setConfirming(true)}>
          {t("evaluation.setup.deleteProgramme")}
        </Button>
      )}
    </Section>
  );
}

import { Button, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TStrengthsSection } from "../../../contracts/reports";
import { CaptionedTable } from "../../components/captioned-table";
import { tk } from "../../i18n";
import { formatPercentile, PercentileBar } from "./percentile-bar";
import { formatScore } from "./score-bar";
import { TopTalentCard } from "./top-talent-card";

const REFERENCE_LABELS: Record<TStrengthsSection["norm"]["reference"], string> = {
  "working-age": tk("profile.strengths.references.working-age"),
  "under-21": tk("profile.strengths.references.under-21"),
  "21-40": tk("profile.strengths.references.21-40"),
  "41-60": tk("profile.strengths.references.41-60"),
  "over-60": tk("profile.strengths.references.over-60"),
};

/** Strengths first: the most distinctive talents with advice, the domains against the norm, and all 30 facets on request. */
export function StrengthsSection({ strengths }: { strengths: TStrengthsSection }) {
  const { t } = useTranslation();
  const count = strengths.topTalents.length;
  return (
    <Stack gap="md" component="section" aria-labelledby="strengths-title">
      <Title order={2} id="strengths-title">
        {t("profile.strengths.title")}
      </Title>
      <Title order={3}>{t("profile.strengths.topTalents")}</Title>
      <Text size="sm">
        {t("profile.strengths.topTalentsIntro", { low: strengths.talentPercentile, high: 100 - strengths.talentPercentile })}
      </Text>
      {count === 0 && <Text size="sm">{t("profile.strengths.noTalents")}</Text>}
      {count > 0 && count < 5 && <Text size="sm">{t("profile.strengths.fewerTalents", { count })}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {strengths.topTalents.map((top, index) => (
          <TopTalentCard key={`${top.domain}${top.facet}`} top={top} rank={index + 1} />
        ))}
      </SimpleGrid>
      <NormNote strengths={strengths} />
      <DomainProfile strengths={strengths} />
      <AllFacets strengths={strengths} />
    </Stack>
  );
}

function NormNote({ strengths }: { strengths: TStrengthsSection }) {
  const { t } = useTranslation();
  const { organisation } = strengths;
  return (
    <Stack gap={4}>
      <Text size="sm" c="gray.7">
        {t("profile.strengths.normNote", { source: strengths.norm.source, reference: t(REFERENCE_LABELS[strengths.norm.reference]) })}
      </Text>
      <Text size="sm" c="gray.7">
        {organisation.shown
          ? t("profile.strengths.organisationShown", { count: organisation.profiles })
          : t("profile.strengths.organisationHidden", { minimum: organisation.minimum })}
      </Text>
    </Stack>
  );
}

function DomainProfile({ strengths }: { strengths: TStrengthsSection }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={3}>{t("profile.strengths.domains")}</Title>
      <Text size="sm">{t("profile.strengths.domainsIntro")}</Text>
      {strengths.domains.map((domain) => (
        <Stack key={domain.domain} gap="xs">
          <Title order={4}>{domain.name}</Title>
          <Text size="sm">{domain.description}</Text>
          <PercentileBar value={domain.workplacePercentile} label={t("profile.strengths.percentile", { value: formatPercentile(domain.workplacePercentile) })} width={220} />
          <Text size="xs" c="gray.7">
            {t("profile.strengths.scientificName", { name: domain.scientificName })}{" "}
            {domain.reversed && t("profile.strengths.reversedNote", { value: formatPercentile(domain.percentile), name: domain.scientificName })}{" "}
            {t("profile.strengths.tScore", { value: formatScore(domain.workplaceT) })} · {t("profile.strengths.raw")}{" "}
            {t("profile.strengths.rawOf", { score: domain.score, max: strengths.domainRange[1] })}
          </Text>
          <CaptionedTable id={`facets-${domain.domain}`} caption={t("profile.strengths.facetsCaption", { domain: domain.name })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("profile.strengths.facet")}</Table.Th>
                <Table.Th scope="col">{t("profile.strengths.position")}</Table.Th>
                <Table.Th scope="col">{t("profile.strengths.talent")}</Table.Th>
                <Table.Th scope="col">{t("profile.strengths.raw")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {domain.facets.map((facet) => (
                <Table.Tr key={facet.facet}>
                  <Table.Th scope="row" fw={400}>
                    {facet.name}
                  </Table.Th>
                  <Table.Td>
                    <PercentileBar value={facet.percentile} label={formatPercentile(facet.percentile)} width={120} />
                  </Table.Td>
                  <Table.Td>{facet.isTalent ? facet.talents.map((talent) => talent.name).join(" / ") : t("profile.strengths.closeToAverage")}</Table.Td>
                  <Table.Td>{t("profile.strengths.rawOf", { score: facet.score, max: strengths.facetRange[1] })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </CaptionedTable>
        </Stack>
      ))}
    </Stack>
  );
}

function AllFacets({ strengths }: { strengths: TStrengthsSection }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Stack gap="xs">
      <div>
        <Button variant="default" onClick={() => setOpen((value) => !value)} aria-expanded={open} aria-controls="all-facets">
          {open ? t("profile.strengths.showFewer") : t("profile.strengths.showAll")}
        </Button>
      </div>
      {open && (
        <Stack gap="xs" id="all-facets">
          <Title order={3}>{t("profile.strengths.allFacets")}</Title>
          <CaptionedTable striped id="all-facets-caption" caption={t("profile.strengths.allFacetsCaption")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">#</Table.Th>
                <Table.Th scope="col">{t("profile.strengths.talent")}</Table.Th>
                <Table.Th scope="col">{t("profile.strengths.facet")}</Table.Th>
                <Table.Th scope="col">{t("profile.strengths.position")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {strengths.ranked.map((facet, index) => (
                <Table.Tr key={`${facet.domain}${facet.facet}`}>
                  <Table.Td>{index + 1}</Table.Td>
                  <Table.Th scope="row" fw={facet.isTalent ? 700 : 400}>
                    {facet.talents.map((talent) => talent.name).join(" / ")}
                    {!facet.isTalent && ` (${t("profile.strengths.closeToAverage")})`}
                  </Table.Th>
                  <Table.Td>{facet.facetName}</Table.Td>
                  <Table.Td>
                    <PercentileBar value={facet.percentile} label={formatPercentile(facet.percentile)} width={120} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </CaptionedTable>
        </Stack>
      )}
    </Stack>
  );
}

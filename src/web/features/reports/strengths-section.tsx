import { CaptionedTable } from "../../components/captioned-table";
import { Card, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TStrengthsSection } from "../../../contracts/reports";
import { ScoreBar } from "./score-bar";

/** Strengths first: the five most distinctive talents as cards, then every domain and facet (raw scores). */
export function StrengthsSection({ strengths }: { strengths: TStrengthsSection }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" component="section" aria-labelledby="strengths-title">
      <Title order={2} id="strengths-title">
        {t("report.strengths.title")}
      </Title>
      <Title order={3}>{t("report.strengths.topTalents")}</Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {strengths.topTalents.map((top) => (
          <Card key={`${top.domain}${top.facet}`} withBorder padding="md" component="li">
            {top.talents.map((talent) => (
              <Stack key={talent.id} gap={4} mb="xs">
                <Text fw={700} size="lg">
                  {talent.name}
                </Text>
                <Text size="sm">{talent.description}</Text>
              </Stack>
            ))}
            <Text size="xs" c="gray.7">
              {t("report.strengths.facetOf", { facet: top.facetName })} · {t("report.strengths.rawFacet", { score: top.facetScore })}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <Text size="sm" c="gray.7">
        {t("report.strengths.rawNote")}
      </Text>
      <Title order={3}>{t("report.strengths.domains")}</Title>
      {strengths.domains.map((domain) => (
        <Stack key={domain.domain} gap="xs">
          <Title order={4}>{t("report.strengths.domainScore", { domain: domain.name, score: domain.score })}</Title>
          <ScoreBar value={domain.score} min={24} max={120} label={String(domain.score)} />
          <CaptionedTable id={`facets-${domain.domain}`} caption={t("report.strengths.facetsCaption", { domain: domain.name })}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("report.strengths.facet")}</Table.Th>
                  <Table.Th scope="col">{t("report.strengths.talent")}</Table.Th>
                  <Table.Th scope="col">{t("report.strengths.score")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {domain.facets.map((facet) => (
                  <Table.Tr key={facet.facet}>
                    <Table.Th scope="row" fw={400}>
                      {facet.name}
                    </Table.Th>
                    <Table.Td>{facet.talents.map((talent) => talent.name).join(" / ")}</Table.Td>
                    <Table.Td>
                      <ScoreBar value={facet.score} min={4} max={20} label={String(facet.score)} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
          </CaptionedTable>
        </Stack>
      ))}
    </Stack>
  );
}

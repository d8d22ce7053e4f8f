import { Paper, Stack, Title } from "@mantine/core";
import type { ReactNode } from "react";
import type { TEngagementDetail } from "../../../contracts/mentoring";

/** One titled section of the engagement page (a landmark named by its heading). */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** The signed-in party's side of the engagement (the page shows party sections to the mentor and the mentee only). */
export function mySide(engagement: TEngagementDetail): "mentor" | "mentee" {
  return engagement.myRoles.includes("mentor") ? "mentor" : "mentee";
}

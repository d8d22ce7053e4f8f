import { Anchor, AppShell, Burger, Group, NavLink, Stack } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation } from "react-router";
import { tk } from "../i18n";
import { canSee, showsOrganisationSwitcher, type TPage } from "../session/permissions";
import { useSession } from "../session/session-context";
import { LanguageSwitcher } from "./language-switcher";
import { OrganisationSwitcher } from "./organisation-switcher";
import { UserMenu } from "./user-menu";

const NAVIGATION: { page: TPage; path: string; label: string }[] = [
  { page: "assessments", path: "/me/assessments", label: tk("assessment.nav") },
  { page: "myReport", path: "/me/report", label: tk("report.nav") },
  { page: "myPlan", path: "/me/plan", label: tk("plans.nav.myPlan") },
  { page: "myMentor", path: "/me/mentor", label: tk("mentors.myTitle") },
  { page: "mentorProfile", path: "/me/mentor-profile", label: tk("mentors.profileTitle") },
  { page: "myEstimates", path: "/me/estimates", label: tk("evaluation.estimates.nav") },
  { page: "mentoring", path: "/mentoring", label: tk("mentoring.title") },
  { page: "plans", path: "/plans", label: tk("plans.nav.plans") },
  { page: "teamStrengths", path: "/team/strengths", label: tk("teamStrengths.nav") },
  { page: "feedback", path: "/feedback", label: tk("feedback.nav") },
  { page: "diagnosis", path: "/diagnosis", label: tk("diagnosis.nav") },
  { page: "catalogue", path: "/catalogue", label: tk("catalogue.nav") },
  { page: "planningSettings", path: "/planning/settings", label: tk("planningSettings.nav") },
  { page: "optimiser", path: "/planning/optimiser", label: tk("optimiser.nav") },
  { page: "mentors", path: "/mentors", label: tk("mentors.nav") },
  { page: "evaluation", path: "/evaluation", label: tk("evaluation.nav") },
  { page: "roi", path: "/roi", label: tk("roi.nav") },
  { page: "people", path: "/people", label: tk("nav.people") },
  { page: "orgChart", path: "/org-chart", label: tk("nav.orgChart") },
  { page: "import", path: "/import", label: tk("nav.import") },
  { page: "invite", path: "/invite", label: tk("nav.invite") },
  { page: "outbox", path: "/outbox", label: tk("nav.outbox") },
  { page: "organisations", path: "/organisations", label: tk("nav.organisations") },
  { page: "insights", path: "/articles", label: tk("insights.nav") },
  { page: "newsletter", path: "/newsletter", label: tk("newsletter.nav") },
  { page: "tokens", path: "/settings/tokens", label: tk("nav.tokens") },
  { page: "sso", path: "/settings/sso", label: tk("sso.nav") },
];

/** The signed-in frame: header (organisation, language, user), navigation by role, and the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  // read on the first render: a wide screen never shows a frame with the navigation hidden behind the menu button
  const desktop = useMediaQuery("(min-width: 48em)", undefined, { getInitialValueInEffect: false }) ?? false;
  const switcher = showsOrganisationSwitcher(session);
  const items = NAVIGATION.filter((item) => canSee(session, item.page));

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 240, breakpoint: "sm", collapsed: { mobile: !opened } }} padding="md">
      <a className="skip-link" href="#main-content">
        {t("app.skipToContent")}
      </a>
      <AppShell.Header>
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            {!desktop && (
              <Burger
                opened={opened}
                onClick={toggle}
                size="sm"
                aria-label={t("app.menu")}
                aria-expanded={opened}
                aria-controls="main-navigation"
              />
            )}
            <Anchor component={Link} to="/" fw={700} fz="lg" c="gray.9" underline="never">
              {t("app.name")}
            </Anchor>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {desktop && switcher && <OrganisationSwitcher />}
            <LanguageSwitcher />
            <UserMenu compact={!desktop} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" id="main-navigation" aria-label={t("app.mainNavigation")} inert={!desktop && !opened} style={{ overflowY: "auto" }}>
        <Stack gap={4}>
          {!desktop && switcher && <OrganisationSwitcher />}
          {items.map((item) => {
            const active = location.pathname === item.path || location.pathname.startsWith(`${item.path}/`);
            return (
              <NavLink
                key={item.page}
                component={Link}
                to={item.path}
                label={t(item.label)}
                active={active}
                aria-current={active ? "page" : undefined}
                onClick={close}
              />
            );
          })}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        {/* a new organisation starts every page afresh */}
        <Fragment key={session.currentOrganisation?.id ?? "none"}>
          <Outlet />
        </Fragment>
      </AppShell.Main>
    </AppShell>
  );
}

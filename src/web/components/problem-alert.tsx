import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ApiError } from "../api/api-client";
import { problemMessage } from "./problem-message";

/** Shows an API error in the reader's language; renders nothing without an error. */
export function ProblemAlert({ error, message }: { error: ApiError | undefined | null; message?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" role="alert" title={message ?? problemMessage(t, error)}>
      {message ? problemMessage(t, error) : null}
    </Alert>
  );
}

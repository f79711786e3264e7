/** What a zod issue holds that a message needs. */
export interface SchemaIssue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  expected?: unknown;
  values?: readonly unknown[];
}

/**
 * zod's issues as one line for an error message (the first five). zod/mini ships no locale, so its
 * default message is a bare "Invalid input": say what was expected instead. Values are never echoed, only
 * paths and expectations, so that nothing a caller sent (or a server answered) is repeated back.
 */
export function formatIssues(issues: readonly SchemaIssue[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => {
      const what =
        issue.code === 'invalid_type'
          ? `expected ${String(issue.expected)}`
          : issue.code === 'invalid_value' && issue.values
            ? `expected one of ${issue.values.map(String).join(', ')}`
            : issue.message;
      return issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${what}` : what;
    })
    .join('; ');
}

/** An RFC 9457 problem from the API, as thrown by the client. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly fields: { field: string; message: string; code?: string }[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
  }

  /** The server's message for one form field, if it sent one. */
  fieldError(field: string): string | undefined {
    return this.fields.find((f) => f.field === field || f.field.startsWith(`${field}.`))?.message;
  }
}

export async function problemFrom(response: Response): Promise<ApiProblem> {
  try {
    const body = (await response.json()) as Record<string, unknown>;
    const { status, code, detail, errors, ...extra } = body;
    return new ApiProblem(
      Number(status ?? response.status),
      String(code ?? 'unknown'),
      String(detail ?? response.statusText),
      (errors as ApiProblem['fields']) ?? [],
      extra,
    );
  } catch {
    return new ApiProblem(
      response.status,
      response.status >= 500 ? 'internal_error' : 'unknown',
      response.statusText,
    );
  }
}

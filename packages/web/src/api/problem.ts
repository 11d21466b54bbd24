import { activeLang, type Lang } from '../i18n/i18n.tsx';
import { type FieldProblem, fieldText, problemText } from '../i18n/problems.ts';

/**
 * An RFC 9457 problem from the API, as thrown by the client. `detail` and the fields'
 * `message` are the server's English, for logs; people read `text()` and `fieldError()`, which
 * come from the web app's catalogue in their language.
 */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly fields: (FieldProblem & { message: string })[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
  }

  /** The problem as a sentence in the language on screen. */
  text(lang: Lang = activeLang()): string {
    return problemText(this, lang);
  }

  /** What is wrong with one form field, in the language on screen, if the server said. */
  fieldError(field: string, lang: Lang = activeLang()): string | undefined {
    const found = this.fields.find((f) => f.field === field || f.field.startsWith(`${field}.`));
    return found ? fieldText(found, lang) : undefined;
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

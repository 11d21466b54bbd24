import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client.ts';
import { useLang, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { permissionLabels, permissionMessages } from './permission-messages.ts';

const COLUMNS = ['owner', 'manager', 'staff', 'apiKey'] as const;

/** The server's permission table (GET /api/v1/permissions), role by role. */
export function RolesSection() {
  const t = useT(permissionMessages);
  const { lang } = useLang();
  const matrix = useQuery({
    queryKey: ['permissions'],
    queryFn: () => call(api.GET('/api/v1/permissions')),
    staleTime: Number.POSITIVE_INFINITY,
  });
  return (
    <section className="stack-tight" aria-labelledby="roles-matrix-title">
      <h3 id="roles-matrix-title">{t('matrixTitle')}</h3>
      <p className="small muted">{t('matrixIntro')}</p>
      <ProblemAlert error={matrix.error} />
      {matrix.data && (
        <section
          className="table-scroll"
          aria-labelledby="roles-matrix-title"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroller must take focus to scroll with the keyboard
          tabIndex={0}
        >
          <table className="roles-matrix">
            <thead>
              <tr>
                <th scope="col">{t('action')}</th>
                {COLUMNS.map((c) => (
                  <th key={c} scope="col">
                    {t(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.data.rows.map((row) => (
                <tr key={row.permission}>
                  <th scope="row">{permissionLabels[lang][row.permission]}</th>
                  {COLUMNS.map((c) => (
                    <td key={c} className={`cell-${row[c]}`}>
                      {t(row[c])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { api, call } from '../../api/client.ts';
import { useCan, useSession } from '../../auth/session.tsx';
import { useLocalized, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { PointsExtrasSection } from '../discounts/PointsExtrasSection.tsx';
import { EconomicsNote } from './EconomicsNote.tsx';
import { messages } from './messages.ts';
import { activeRewards, type Preset, type Program } from './model.ts';
import { ProgramEditor } from './ProgramEditor.tsx';
import { RewardCatalog } from './RewardCatalog.tsx';
import './programs.css';

/** The seeds' ready-made stamp cards (GET /api/v1/programs/presets). */
export function usePresets() {
  return useQuery({
    queryKey: ['program-presets'],
    queryFn: async () =>
      (await call(api.GET('/api/v1/programs/presets'))).items as unknown as Preset[],
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function NewProgramPage() {
  const t = useT(messages);
  const can = useCan();
  const presets = usePresets();
  if (!can('programs:write')) return <p className="alert warn">{t('forbiddenRole')}</p>;
  return (
    <div className="stack">
      <Link to="/programs">{t('back')}</Link>
      <h1>{t('createTitle')}</h1>
      <ProgramEditor presets={presets.data ?? []} />
    </div>
  );
}

export function EditProgramPage() {
  const t = useT(messages);
  const can = useCan();
  const localized = useLocalized();
  const { id = '' } = useParams();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const { me } = useSession();
  const program = useQuery({
    queryKey: ['program', id],
    queryFn: async () =>
      (await call(api.GET('/api/v1/programs/{id}', { params: { path: { id } } }))) as Program,
  });
  if (!can('programs:write')) return <p className="alert warn">{t('forbiddenRole')}</p>;
  const p = program.data;
  return (
    <div className="stack">
      <Link to="/programs">{t('back')}</Link>
      <ProblemAlert error={program.error} />
      {program.isPending && <p className="muted">{t('loading')}</p>}
      {p && (
        <>
          <h1>{t('editTitle', { name: localized(p.name) })}</h1>
          {created && (
            <p className="alert ok" role="status">
              {t('created')}
            </p>
          )}
          {p.kind === 'stamps' && (
            <section className="card stack" aria-labelledby="saved-econ">
              <h2 id="saved-econ">
                {t('economicsTitle')} <span className="badge">{t('economicsSaved')}</span>
              </h2>
              {activeRewards(p).length === 0 && (
                <p className="econ econ-missing">{t('catalogEmpty')}</p>
              )}
              {activeRewards(p).map((r) => (
                <div key={r.id} className="stack-tight">
                  <p className="small">
                    <strong>{localized(r.name)}</strong>
                  </p>
                  {r.economics ? (
                    <EconomicsNote
                      economics={r.economics}
                      costPriceCents={r.costPriceCents}
                      currency={me?.merchant.currency}
                    />
                  ) : (
                    <p className="econ econ-missing">
                      {p.kind === 'stamps' && p.rule.per === 'item'
                        ? t('econNeedsItem')
                        : t('econNeedsBasket')}
                    </p>
                  )}
                </div>
              ))}
            </section>
          )}
          {p.archivedAt ? (
            <p className="alert warn">{t('archiveHelp')}</p>
          ) : (
            <ProgramEditor key={p.id} program={p} />
          )}
          {p.kind === 'points' && <RewardCatalog program={p} />}
          {p.kind === 'points' && !p.archivedAt && <PointsExtrasSection program={p} />}
        </>
      )}
    </div>
  );
}

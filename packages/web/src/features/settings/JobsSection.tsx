import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, call } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';
import { useSession } from '../../auth/session.tsx';
import { useFormat, useLang, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { jobKindMessages, jobsMessages } from './jobs-messages.ts';
import './jobs.css';

type Job = components['schemas']['Job'];
type JobSchedule = components['schemas']['JobSchedule'];
type KindKey = keyof (typeof jobKindMessages)['fr'];

const PAGE = 20;

/** The shop's background jobs (GET /api/v1/jobs): recurring ones, then the latest runs. */
export function JobsSection() {
  const t = useT(jobsMessages);
  const kindName = useT(jobKindMessages);
  const { me } = useSession();
  const fmt = useFormat(me?.merchant.currency, me?.merchant.timeZone);
  const [limit, setLimit] = useState(PAGE);
  const jobs = useQuery({
    queryKey: ['jobs', limit],
    queryFn: () => call(api.GET('/api/v1/jobs', { params: { query: { limit } } })),
    placeholderData: (previous) => previous,
    refetchInterval: 30_000,
  });
  const kind = (k: string) => (k in jobKindMessages.fr ? kindName(k as KindKey) : k);
  const at = (iso: string | null) => (iso ? fmt.dateTime(iso) : t('never'));
  const schedules = jobs.data?.schedules ?? [];
  const items = jobs.data?.items ?? [];
  return (
    <section id="jobs" className="card stack" aria-labelledby="jobs-title">
      <h2 id="jobs-title">{t('jobs')}</h2>
      <p className="muted">{t('jobsIntro')}</p>
      <ProblemAlert error={jobs.error} />
      {jobs.isPending && <p className="muted">{t('loading')}</p>}
      {jobs.data && (
        <>
          <h3>{t('recurring')}</h3>
          {schedules.length === 0 ? (
            <p>{t('noRecurring')}</p>
          ) : (
            <div className="table-scroll">
              <table className="list">
                <thead>
                  <tr>
                    <th scope="col">{t('task')}</th>
                    <th scope="col">{t('when')}</th>
                    <th scope="col">{t('lastRun')}</th>
                    <th scope="col">{t('nextRun')}</th>
                  </tr>
                </thead>
                <tbody>
                  {schedules.map((s) => (
                    <tr key={s.kind}>
                      <td>{kind(s.kind)}</td>
                      <td>
                        <ScheduleWords schedule={s.schedule} />
                      </td>
                      <td className="nowrap">{at(s.lastRunAt)}</td>
                      <td className="nowrap">{s.nextRunAt ? fmt.dateTime(s.nextRunAt) : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h3>{t('latest')}</h3>
          {items.length === 0 ? (
            <p>{t('noJobs')}</p>
          ) : (
            <div className="table-scroll">
              <table className="list jobs-table">
                <thead>
                  <tr>
                    <th scope="col">{t('task')}</th>
                    <th scope="col">{t('status')}</th>
                    <th scope="col">{t('attempts')}</th>
                    <th scope="col">{t('lastRun')}</th>
                    <th scope="col">{t('nextRun')}</th>
                    <th scope="col">{t('lastError')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((job) => (
                    <tr key={job.id}>
                      <td>{kind(job.kind)}</td>
                      <td>
                        <span className={`badge job-${job.status}`}>{t(statusKey(job))}</span>
                      </td>
                      <td>{t('attemptsOf', { n: job.attempts, max: job.maxAttempts })}</td>
                      <td className="nowrap">{at(job.lastRunAt)}</td>
                      <td className="nowrap">
                        {job.nextRunAt ? fmt.dateTime(job.nextRunAt) : '—'}
                      </td>
                      <td className="job-error">{job.lastError ?? t('none')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {items.length === limit && (
            <div>
              <button
                type="button"
                className="button secondary"
                disabled={jobs.isFetching}
                onClick={() => setLimit((n) => Math.min(n + PAGE, 200))}
              >
                {t('more')}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

/** A queued job that has already failed is waiting for its next try, not for its first. */
function statusKey(job: Job): 'queued' | 'running' | 'succeeded' | 'failed' | 'retrying' {
  return job.status === 'queued' && job.attempts > 0 ? 'retrying' : job.status;
}

/** "Tous les jours à 06:00", "Chaque lundi à 07:30" — in the shop's own calendar. */
function ScheduleWords({ schedule }: { schedule: JobSchedule['schedule'] }) {
  const t = useT(jobsMessages);
  const { lang } = useLang();
  if (schedule.every === 'day') return <>{t('everyDay', { time: schedule.at })}</>;
  if (schedule.every === 'month')
    return <>{t('everyMonth', { day: schedule.day, time: schedule.at })}</>;
  // 2024-01-01 was a Monday: day `on` (1 = Monday) of that week names the weekday.
  const weekday = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    weekday: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2024, 0, schedule.on)));
  return <>{t('everyWeek', { weekday, time: schedule.at })}</>;
}

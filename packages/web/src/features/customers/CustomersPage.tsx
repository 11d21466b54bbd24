import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, call } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { useFormat, useLang, useLocalized, useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { moneyRange } from '../dashboard/money-range.ts';
import { ExportMenu } from './ExportMenu.tsx';
import { messages, type Segment, segments } from './messages.ts';
import { fullName } from './types.ts';
import './customers.css';
import { DuplicatesSection } from '../duplicates/DuplicatesSection.tsx';
import { ImportLink } from '../import/ImportLink.tsx';

const PAGE = 25;
const SORTS = ['value', 'predictedValue', 'risk', 'lastVisit', 'frequency'] as const;
type Sort = (typeof SORTS)[number];
const SORT_LABEL = {
  value: 'sortValue',
  predictedValue: 'sortPredicted',
  risk: 'sortRisk',
  lastVisit: 'sortLastVisit',
  frequency: 'sortFrequency',
} as const;

/**
 * Every customer with their value figures, filtered by RFM segment and tag (?segment=,
 * ?tag= — the dashboard links here), searched and sorted; paginated by the server.
 */
export function CustomersPage() {
  const t = useT(messages);
  const segmentName = useT(segments);
  const format = useFormat();
  const { lang } = useLang();
  const localized = useLocalized();
  const [params, setParams] = useSearchParams();
  const segment = params.get('segment') as Segment | null;
  const tag = params.get('tag');
  const sort: Sort = SORTS.find((s) => s === params.get('sort')) ?? 'value';
  const order = params.get('order') === 'asc' ? 'asc' : 'desc';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [text, setText] = useState(params.get('query') ?? '');
  const can = useCan();

  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next, { replace: true });
  };
  useEffect(() => {
    const timer = window.setTimeout(() => {
      if ((params.get('query') ?? '') !== text.trim()) set({ query: text.trim() || null });
    }, 250);
    return () => window.clearTimeout(timer);
  });

  const query = params.get('query') ?? '';
  const list = useQuery({
    queryKey: ['customer-values', segment, tag, query, sort, order, page],
    queryFn: () =>
      call(
        api.GET('/api/v1/analytics/customers', {
          params: {
            query: {
              ...(segment ? { segment } : {}),
              ...(tag ? { tag } : {}),
              ...(query ? { query } : {}),
              sort,
              order,
              limit: PAGE,
              offset: (page - 1) * PAGE,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const tags = useQuery({
    queryKey: ['customer-tags'],
    queryFn: () => call(api.GET('/api/v1/customer-tags')),
  });
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE));
  const riskText = { low: t('riskLow'), medium: t('riskMedium'), high: t('riskHigh') };

  return (
    <div className="stack customers">
      <div className="row customers-heading">
        <h1>{t('title')}</h1>
        <ImportLink />
        {can('data:export') && (
          <ExportMenu
            filters={{ segment, tag, query, sort, order }}
            owner={can('merchant:manage')}
          />
        )}
      </div>
      <DuplicatesSection />
      <div className="customers-filters card">
        <Field
          label={t('search')}
          hint={t('searchHint')}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="field">
          <label htmlFor="f-segment">{t('segment')}</label>
          <select
            id="f-segment"
            value={segment ?? ''}
            onChange={(e) => set({ segment: e.target.value || null })}
          >
            <option value="">{t('allSegments')}</option>
            {(Object.keys(segments.fr) as Segment[]).map((s) => (
              <option key={s} value={s}>
                {segmentName(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-tag">{t('tag')}</label>
          <select
            id="f-tag"
            value={tag ?? ''}
            onChange={(e) => set({ tag: e.target.value || null })}
          >
            <option value="">{t('allTags')}</option>
            {tag && !tags.data?.items.some((i) => i.tag === tag) && (
              <option value={tag}>{tag}</option>
            )}
            {tags.data?.items.map((i) => (
              <option key={i.tag} value={i.tag}>
                {i.tag} ({i.customers})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-sort">{t('sort')}</label>
          <select id="f-sort" value={sort} onChange={(e) => set({ sort: e.target.value })}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(SORT_LABEL[s])}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-order">{t('order')}</label>
          <select id="f-order" value={order} onChange={(e) => set({ order: e.target.value })}>
            <option value="desc">{t('desc')}</option>
            <option value="asc">{t('asc')}</option>
          </select>
        </div>
      </div>
      <ProblemAlert error={list.error} />
      <p className="muted small" aria-live="polite">
        {t('total', { count: total })}
        {list.data &&
          ` · ${t('freshness', { at: format.dateTime(list.data.freshness.computedAt) })}`}
      </p>
      {list.data && list.data.items.length === 0 && <p>{t('empty')}</p>}
      {list.data && list.data.items.length > 0 && (
        <section
          className="customers-table"
          aria-label={t('tableRegion')}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroller must take focus to scroll with the keyboard
          tabIndex={0}
        >
          <table className="list">
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('segmentLabel')}</th>
                <th scope="col" className="num">
                  {t('annualValue')}
                </th>
                <th scope="col" className="num">
                  {t('predictedValue')}
                </th>
                <th scope="col" className="num">
                  {t('pAlive')}
                </th>
                <th scope="col">{t('lastVisit')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((c) => (
                <tr key={c.id}>
                  <td className="customers-name">
                    <Link to={`/customers/${c.id}`}>{fullName(c) || t('anonymous')}</Link>
                    {c.member && <span className="badge">{t('member')}</span>}
                  </td>
                  <td data-label={t('segmentLabel')}>
                    {c.rfm ? localized(c.rfm.label) : t('none')}
                  </td>
                  <td className="num" data-label={t('annualValue')}>
                    {format.cents(c.annualSpendCents)}
                  </td>
                  <td className="num" data-label={t('predictedValue')}>
                    {c.predictedClvCents === null
                      ? t('none')
                      : c.predictedClvIntervalCents
                        ? t('moneyRange', moneyRange(c.predictedClvIntervalCents, lang, 'EUR'))
                        : format.cents(c.predictedClvCents)}
                  </td>
                  <td className="num" data-label={t('pAlive')}>
                    {c.pAlive === null ? t('none') : format.percent(c.pAlive)}
                    {c.risk && <span className={`risk risk-${c.risk}`}>{riskText[c.risk]}</span>}
                  </td>
                  <td data-label={t('lastVisit')}>
                    {c.lastVisit ? format.date(c.lastVisit) : t('none')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {pages > 1 && (
        <div className="row customers-pages">
          <button
            type="button"
            className="button secondary"
            disabled={page <= 1}
            onClick={() => set({ page: String(page - 1) })}
          >
            {t('previous')}
          </button>
          <span>{t('page', { page, pages })}</span>
          <button
            type="button"
            className="button secondary"
            disabled={page >= pages}
            onClick={() => set({ page: String(page + 1) })}
          >
            {t('next')}
          </button>
        </div>
      )}
    </div>
  );
}

import { defineMessages } from '../../i18n/i18n.tsx';

/** Texts of the settings' jobs section (background work: reminders, expiry, imports…). */
export const jobsMessages = defineMessages({
  fr: {
    jobs: 'Tâches automatiques',
    jobsIntro:
      'Ce qu’Habitué fait pour vous en arrière-plan, selon le fuseau horaire de votre commerce. Une tâche qui échoue est retentée plusieurs fois, de plus en plus espacées.',
    loading: 'Chargement…',
    recurring: 'Tâches régulières',
    noRecurring: 'Aucune tâche régulière pour le moment.',
    latest: 'Dernières exécutions',
    noJobs: 'Aucune tâche n’a encore été lancée.',
    task: 'Tâche',
    when: 'Quand',
    status: 'État',
    attempts: 'Essais',
    attemptsOf: '{n} sur {max}',
    lastRun: 'Dernier passage',
    nextRun: 'Prochain passage',
    lastError: 'Dernière erreur',
    never: 'Jamais',
    none: '—',
    everyDay: 'Tous les jours à {time}',
    everyWeek: 'Chaque {weekday} à {time}',
    everyMonth: 'Le {day} de chaque mois à {time}',
    queued: 'En attente',
    running: 'En cours',
    succeeded: 'Terminée',
    failed: 'Échouée',
    retrying: 'Sera retentée',
    more: 'Afficher plus',
  },
  en: {
    jobs: 'Automatic tasks',
    jobsIntro:
      'What Habitué does for you in the background, in your business’s time zone. A task that fails is tried again several times, further and further apart.',
    loading: 'Loading…',
    recurring: 'Recurring tasks',
    noRecurring: 'No recurring task yet.',
    latest: 'Latest runs',
    noJobs: 'No task has run yet.',
    task: 'Task',
    when: 'When',
    status: 'Status',
    attempts: 'Tries',
    attemptsOf: '{n} of {max}',
    lastRun: 'Last run',
    nextRun: 'Next run',
    lastError: 'Last error',
    never: 'Never',
    none: '—',
    everyDay: 'Every day at {time}',
    everyWeek: 'Every {weekday} at {time}',
    everyMonth: 'On day {day} of every month at {time}',
    queued: 'Waiting',
    running: 'Running',
    succeeded: 'Done',
    failed: 'Failed',
    retrying: 'Will be retried',
    more: 'Show more',
  },
});

/** What each kind of job is called on screen; a kind not listed shows its technical name. */
export const jobKindMessages = defineMessages({
  fr: {
    'loyalty.expire-balances': 'Expiration des points et tampons inactifs',
    'import.run': 'Import de clients et d’achats',
    'reports.monthly': 'Rapport mensuel envoyé au gérant',
  },
  en: {
    'loyalty.expire-balances': 'Expiry of inactive points and stamps',
    'import.run': 'Import of customers and purchases',
    'reports.monthly': 'Monthly report mailed to the owner',
  },
});

/**
 * The one table of what the server's problems say to a person, in French and English: one
 * entry per problem `code` (every code of the server's error table, tested) and one per field
 * code, optionally narrowed to a field (`firstName.required`). Texts are ICU messages: values
 * come from the problem's extensions (`limit`, `retryAfterSeconds`…) or the field's limits.
 */
type Text = { fr: string; en: string };

export const PROBLEM_TEXTS: Record<string, Text> = {
  validation_failed: {
    fr: 'Certaines informations ne sont pas valides.',
    en: 'Some details are not valid.',
  },
  malformed_request: {
    fr: 'La demande n’a pas pu être lue. Rechargez la page et réessayez.',
    en: 'The request could not be read. Reload the page and try again.',
  },
  unauthenticated: {
    fr: 'Votre session a expiré. Reconnectez-vous.',
    en: 'Your session has expired. Please sign in again.',
  },
  invalid_credentials: {
    fr: 'E-mail ou mot de passe incorrect.',
    en: 'Email or password is incorrect.',
  },
  forbidden: {
    fr: 'Votre rôle ne permet pas cette action. Demandez au gérant.',
    en: 'Your role does not allow this. Ask the owner.',
  },
  missing_scope: {
    fr: 'Cette clé d’API n’a pas la permission nécessaire.',
    en: 'This API key lacks the permission needed.',
  },
  adjustment_limit_exceeded: {
    fr: 'Correction au-delà de ce que votre rôle permet ({perAdjustment} au plus par correction, {dailyRemaining} encore possible aujourd’hui). Demandez au gérant.',
    en: 'This adjustment is above what your role allows (at most {perAdjustment} per adjustment, {dailyRemaining} left today). Ask the owner.',
  },
  refund_window_closed: {
    fr: 'Votre rôle ne permet de rembourser que les achats des {windowHours, plural, one {# dernière heure} other {# dernières heures}} : demandez au gérant.',
    en: 'Your role may refund purchases of the last {windowHours, plural, one {# hour} other {# hours}} only: ask a manager.',
  },
  cross_site_request: {
    fr: 'Demande refusée : elle ne vient pas de l’application Habitué. Rechargez la page et réessayez.',
    en: 'Request refused: it did not come from the Habitué app. Reload the page and try again.',
  },
  wrong_password: {
    fr: 'Le mot de passe actuel est incorrect.',
    en: 'The current password is incorrect.',
  },
  invalid_link: {
    fr: 'Ce lien n’est plus valable : il a déjà servi ou a expiré. Demandez-en un nouveau.',
    en: 'This link is no longer valid: it was already used or has expired. Ask for a new one.',
  },
  outbox_not_resendable: {
    fr: 'Ce message ne peut pas être renvoyé : seuls les messages en échec ou incertains peuvent l’être.',
    en: 'This message cannot be sent again: only failed or uncertain messages can.',
  },
  not_found: {
    fr: 'Introuvable : cet élément n’existe pas ou plus.',
    en: 'Not found: it does not exist, or no longer does.',
  },
  conflict: {
    fr: 'Cette action contredit l’état actuel (déjà faite ailleurs ?). Rechargez la page.',
    en: 'This conflicts with the current state (done elsewhere already?). Reload the page.',
  },
  slug_taken: {
    fr: 'Cette adresse est déjà prise : choisissez-en une autre.',
    en: 'This address is already taken: choose another one.',
  },
  email_taken: {
    fr: 'Cet e-mail a déjà un compte. Connectez-vous ou utilisez un autre e-mail.',
    en: 'This email already has an account. Sign in or use another email.',
  },
  weak_password: {
    fr: 'Mot de passe trop faible : choisissez-en un plus long ou moins courant.',
    en: 'Password too weak: choose a longer or less common one.',
  },
  rate_limited: {
    fr: 'Trop de tentatives. Réessayez {seconds, plural, =0 {dans un moment} one {dans # seconde} other {dans # secondes}}.',
    en: 'Too many attempts. Try again {seconds, plural, =0 {in a moment} one {in # second} other {in # seconds}}.',
  },
  insufficient_balance: {
    fr: 'Solde insuffisant pour cela.',
    en: 'Not enough stamps or points for this.',
  },
  voucher_already_used: { fr: 'Ce bon a déjà été utilisé.', en: 'This voucher was already used.' },
  voucher_expired: { fr: 'Ce bon a expiré.', en: 'This voucher has expired.' },
  voucher_voided: {
    fr: 'Ce bon a été annulé par un remboursement.',
    en: 'This voucher was cancelled by a refund.',
  },
  voucher_not_found: {
    fr: 'Aucun bon avec ce code pour ce client.',
    en: 'No voucher with this code for this customer.',
  },
  no_voucher_available: {
    fr: 'Cette carte n’a pas encore de récompense débloquée.',
    en: 'This card has no unlocked reward yet.',
  },
  reward_archived: {
    fr: 'Cette récompense n’est plus proposée.',
    en: 'This reward is no longer offered.',
  },
  reward_not_in_program: {
    fr: 'Cette récompense appartient à un autre programme.',
    en: 'This reward belongs to another program.',
  },
  program_kind_mismatch: {
    fr: 'La récompense d’une carte à tampons se débloque avec la carte, pas avec des points.',
    en: 'A stamp card’s reward is unlocked by the card itself, not bought with points.',
  },
  program_archived: {
    fr: 'Ce programme est archivé : il ne peut plus être modifié.',
    en: 'This program is archived: it can no longer be changed.',
  },
  below_minimum_purchase: {
    fr: 'Achat inférieur au minimum du programme.',
    en: 'The purchase is below the program’s minimum.',
  },
  invalid_amount: {
    fr: '{limit, plural, =0 {Les quantités doivent être des nombres entiers de centimes, tampons ou points.} one {Au plus # tampon d’un coup sur cette carte.} other {Au plus # tampons d’un coup sur cette carte.}}',
    en: '{limit, plural, =0 {Amounts must be whole numbers of cents, stamps or points.} one {At most # stamp at once on this card.} other {At most # stamps at once on this card.}}',
  },
  invalid_bonus_settings: {
    fr: 'Les bonus ne peuvent pas être enregistrés : corrigez le réglage signalé.',
    en: 'The bonuses cannot be saved: fix the setting shown.',
  },
  invalid_tier_ladder: {
    fr: 'Les niveaux ne peuvent pas être enregistrés : corrigez le réglage signalé.',
    en: 'The tiers cannot be saved: fix the setting shown.',
  },
  club_not_set_up: {
    fr: 'La boutique n’a pas de club payant ouvert : réglez-le dans Programmes → Club.',
    en: 'The shop has no paid club open: set it up in Programs → Club.',
  },
  club_membership_not_running: {
    fr: 'Ce client n’a pas d’adhésion en cours à résilier.',
    en: 'This customer has no running membership to cancel.',
  },
  cause_not_set_up: {
    fr: 'La boutique ne soutient pas encore de cause : choisissez-la dans Programmes → Cause.',
    en: 'The shop supports no cause yet: choose one in Programs → Cause.',
  },
  goal_not_measurable: {
    fr: 'Ce chiffre ne peut pas encore être mesuré dans votre boutique (aucun achat sur la période qu’il couvre) : l’objectif n’aurait pas de point de départ.',
    en: 'This figure cannot be measured in your shop yet (no purchase in the period it covers): the goal would have no starting point.',
  },
  goal_archived: {
    fr: 'Cet objectif est archivé : il ne peut plus être modifié.',
    en: 'This goal is archived: it can no longer be changed.',
  },
  cause_not_available: {
    fr: 'Cette cause ne peut pas être choisie (archivée, ou le choix n’est pas ouvert aux clients).',
    en: 'This cause cannot be chosen (archived, or customers may not choose).',
  },
  cause_payment_exceeds_owed: {
    fr: 'Ce versement dépasse ce qui est dû à la cause.',
    en: 'This payment is more than what is owed to the cause.',
  },
  invalid_program: {
    fr: 'Un réglage du programme est hors des limites permises.',
    en: 'A program setting is out of range.',
  },
  missing_spend_estimate: {
    fr: 'Indiquez un panier moyen (ou un prix) pour estimer le coût de la récompense.',
    en: 'Give an average basket (or an item price) to estimate what the reward costs.',
  },
  purchase_already_recorded: {
    fr: 'Cet achat est déjà enregistré.',
    en: 'This purchase is already recorded.',
  },
  redemption_already_recorded: {
    fr: 'Cette récompense a déjà été remise.',
    en: 'This redemption is already recorded.',
  },
  adjustment_already_recorded: {
    fr: 'Cette correction est déjà enregistrée.',
    en: 'This adjustment is already recorded.',
  },
  refund_already_recorded: {
    fr: 'Ce remboursement est déjà enregistré.',
    en: 'This refund is already recorded.',
  },
  bonus_already_recorded: { fr: 'Ce bonus a déjà été donné.', en: 'This bonus was already given.' },
  already_refunded: {
    fr: 'Cet achat a déjà été entièrement remboursé.',
    en: 'This purchase has already been fully refunded.',
  },
  refund_exceeds_purchase: {
    fr: 'Les remboursements dépasseraient le montant payé.',
    en: 'The refunds would add up to more than was paid.',
  },
  points_not_convertible: {
    fr: 'Ce programme ne permet pas de payer avec des points.',
    en: 'This program does not let points pay for purchases.',
  },
  promo_code_not_found: {
    fr: 'Ce code promo n’existe pas.',
    en: 'There is no such promo code.',
  },
  promo_code_taken: {
    fr: 'La boutique a déjà un code promo de ce nom.',
    en: 'The shop already has a promo code with this name.',
  },
  promo_code_not_started: {
    fr: 'Ce code promo n’est pas encore valable.',
    en: 'This promo code is not valid yet.',
  },
  promo_code_expired: {
    fr: 'Ce code promo a expiré.',
    en: 'This promo code has expired.',
  },
  promo_code_used_up: {
    fr: 'Ce code promo a déjà été utilisé autant de fois que prévu.',
    en: 'This promo code has been used as many times as it may be.',
  },
  promo_code_limit_reached: {
    fr: 'Ce client a déjà utilisé ce code promo autant de fois que permis.',
    en: 'This customer has already used this promo code as many times as allowed.',
  },
  promo_code_below_minimum: {
    fr: 'Le montant est en dessous du minimum de ce code promo.',
    en: 'The amount is below this promo code’s minimum.',
  },
  reason_required: {
    fr: 'Indiquez la raison de cette correction.',
    en: 'Say why the balance is being adjusted.',
  },
  idempotency_key_reused: {
    fr: 'Cette opération a déjà été envoyée avec d’autres valeurs. Vérifiez sur la fiche du client avant de recommencer.',
    en: 'This operation was already sent with other values. Check the customer’s page before trying again.',
  },
  idempotency_key_in_flight: {
    fr: 'Cette opération est déjà en cours d’envoi. Patientez un instant.',
    en: 'This operation is already being sent. Wait a moment.',
  },
  webhook_url_not_allowed: {
    fr: 'Cette adresse ne peut pas recevoir de webhooks : indiquez une adresse http(s) publique (pas une adresse locale ou d’un réseau privé).',
    en: 'This address cannot receive webhooks: give a public http(s) address (not a local or private-network one).',
  },
  campaign_already_sent: {
    fr: 'Cette campagne a déjà été envoyée : dupliquez-la pour l’envoyer de nouveau.',
    en: 'This campaign was already sent: duplicate it to send it again.',
  },
  survey_closed: {
    fr: 'Ce questionnaire est clos : il ne prend plus de réponses.',
    en: 'This survey is closed: it takes no more answers.',
  },
  survey_already_answered: {
    fr: 'Vous avez déjà répondu à ce questionnaire. Merci !',
    en: 'You have already answered this survey. Thank you!',
  },
  survey_respondent_unknown: {
    fr: 'Aucune carte de fidélité de cette boutique n’a cet e-mail ou ce numéro. Vérifiez-le, ou demandez en caisse.',
    en: 'No loyalty card at this shop has this email or phone. Check it, or ask at the counter.',
  },
  follow_up_already_done: {
    fr: 'Ce suivi est déjà fait : son résultat a été noté.',
    en: 'This follow-up is already done: its outcome was recorded.',
  },
  customer_merged: {
    fr: 'Cette fiche a été fusionnée avec une autre : ouvrez la fiche qui la remplace.',
    en: 'This customer was merged into another one: open the customer that replaces it.',
  },
  customer_erased: {
    fr: 'Cette fiche a été effacée (RGPD) : elle ne peut plus être fusionnée.',
    en: 'This customer was erased (GDPR): it can no longer be merged.',
  },
  merge_same_customer: {
    fr: 'Choisissez deux fiches différentes à fusionner.',
    en: 'Choose two different customers to merge.',
  },
  merge_accounts_differ: {
    fr: 'Ces deux fiches sont contacts de deux comptes pro différents : retirez l’une de son compte, puis fusionnez.',
    en: 'These two customers are contacts of two different business accounts: remove one from its account, then merge.',
  },
  siret_taken: {
    fr: 'Un autre compte pro a déjà ce SIRET.',
    en: 'Another business account already has this SIRET.',
  },
  customer_in_other_account: {
    fr: 'Ce client est déjà le contact d’un autre compte pro : retirez-le de celui-ci d’abord.',
    en: 'This customer is already a contact of another business account: remove them from it first.',
  },
  invoice_number_taken: {
    fr: 'Une autre facture de ce compte porte déjà ce numéro.',
    en: 'Another invoice of this account already has this number.',
  },
  acquisition_channel_taken: {
    fr: 'Une autre réponse proposée s’écrit déjà ainsi.',
    en: 'Another answer offered already reads like this.',
  },
  automation_needs_parameters: {
    fr: 'Réglez d’abord les paramètres de cette automatisation (par exemple l’article ou l’étiquette concernés), puis activez-la.',
    en: 'Set this automation’s parameters first (for example the item or tag it is about), then switch it on.',
  },
  sms_not_available: {
    fr: 'Les SMS ne peuvent pas partir : ce serveur n’a pas de fournisseur SMS qui reçoit les réponses STOP. Choisissez l’e-mail.',
    en: 'Text messages cannot be sent: this server has no SMS provider that receives STOP replies. Choose email.',
  },
  marketing_needs_https: {
    fr: 'Les messages commerciaux exigent une adresse publique en https (HABITUE_PUBLIC_URL) : sans elle, le lien de désinscription ne marcherait pas. Demandez à la personne qui administre le serveur.',
    en: 'Marketing messages need a public https address (HABITUE_PUBLIC_URL): without it the unsubscribe link would not work. Ask whoever runs the server.',
  },
  wallet_not_configured: {
    fr: 'Ce commerce ne propose pas encore sa carte dans ce portefeuille.',
    en: 'This shop does not offer its card in this wallet yet.',
  },
  wallet_certificate_invalid: {
    fr: 'La carte ne peut pas être ajoutée au portefeuille pour le moment : le certificat du serveur est incorrect. L’administrateur du service doit le remplacer.',
    en: 'The card cannot be added to the wallet right now: the server’s certificate is wrong. The service administrator must replace it.',
  },
  wallet_certificate_expired: {
    fr: 'La carte ne peut pas être ajoutée au portefeuille pour le moment : le certificat du serveur a expiré. L’administrateur du service doit le renouveler.',
    en: 'The card cannot be added to the wallet right now: the server’s certificate has expired. The service administrator must renew it.',
  },
  external_id_conflict: {
    fr: 'Cet identifiant de caisse est déjà utilisé par une autre opération.',
    en: 'This till reference is already used by another operation.',
  },
  import_file_too_large: {
    fr: 'Ce fichier dépasse {limitMiB} Mo, la taille maximale pour l’import en ligne. Découpez-le, ou importez-le avec la commande habitue import.',
    en: 'This file is over {limitMiB} MB, the largest the web import takes. Split it, or import it with the habitue import command.',
  },
  import_file_unreadable: {
    fr: 'Ce fichier ne peut pas être lu comme un tableau : envoyez un CSV ou un classeur Excel (.xlsx), non vide.',
    en: 'This file cannot be read as a table: send a CSV or an Excel workbook (.xlsx) that is not empty.',
  },
  import_not_editable: {
    fr: 'Cet import est déjà lancé ou terminé : il ne peut plus changer.',
    en: 'This import has already started or ended: it can no longer change.',
  },
  import_mapping_incomplete: {
    fr: 'Les colonnes ne permettent pas encore l’import : corrigez les correspondances signalées.',
    en: 'The columns cannot be imported yet: fix the mappings shown.',
  },
  payload_too_large: {
    fr: 'Trop de données d’un coup (1 Mo au plus).',
    en: 'Too much data at once (1 MB at most).',
  },
  unsupported_media_type: {
    fr: 'Format de demande non pris en charge.',
    en: 'This request format is not supported.',
  },
  database_busy: {
    fr: 'Le serveur est occupé. Réessayez dans un instant.',
    en: 'The server is busy. Try again in a moment.',
  },
  database_unavailable: {
    fr: 'Le serveur ne joint plus sa base de données. Réessayez dans un instant.',
    en: 'The server cannot reach its database. Try again in a moment.',
  },
  overloaded: {
    fr: 'Le serveur est très sollicité. Réessayez dans un instant.',
    en: 'The server is overloaded. Try again in a moment.',
  },
  internal_error: {
    fr: 'Une erreur est survenue de notre côté. Réessayez ; si elle persiste, citez ce code : {correlationId}.',
    en: 'Something went wrong on our side. Try again; if it persists, quote this code: {correlationId}.',
  },
};

/** Said for a code the table does not know yet (a newer server): never its English detail. */
export const UNKNOWN_PROBLEM: Text = {
  fr: 'La demande a été refusée ({code}).',
  en: 'The request was refused ({code}).',
};

/**
 * Field problems by code, or by `field.code` when a code means something narrower on one
 * field. `{limit}` is the limit written for the field (money for `…Cents` fields), `{n}` the
 * bare number (for plurals).
 */
export const FIELD_TEXTS: Record<string, Text> = {
  'too_big.number': { fr: 'Trop grand : {limit} au plus', en: 'Too big: at most {limit}' },
  'too_big.number.exclusive': {
    fr: 'Trop grand : moins de {limit}',
    en: 'Too big: less than {limit}',
  },
  'too_big.string': {
    fr: 'Trop long : {n, plural, one {# caractère} other {# caractères}} au plus',
    en: 'Too long: at most {n, plural, one {# character} other {# characters}}',
  },
  'too_big.array': {
    fr: 'Trop d’éléments : {n} au plus',
    en: 'Too many items: at most {n}',
  },
  'too_big.date': { fr: 'Date trop tardive', en: 'Date too late' },
  'too_small.number': { fr: 'Trop petit : {limit} au moins', en: 'Too small: at least {limit}' },
  'too_small.number.exclusive': {
    fr: 'Trop petit : plus de {limit}',
    en: 'Too small: more than {limit}',
  },
  'too_small.string': {
    fr: '{n, plural, =1 {Obligatoire} one {Trop court : # caractère au moins} other {Trop court : # caractères au moins}}',
    en: '{n, plural, =1 {Required} one {Too short: at least # character} other {Too short: at least # characters}}',
  },
  'too_small.array': {
    fr: 'Au moins {n, plural, one {# élément} other {# éléments}}',
    en: 'At least {n, plural, one {# item} other {# items}}',
  },
  'too_small.date': { fr: 'Date trop ancienne', en: 'Date too early' },
  'invalid_format.email': { fr: 'Adresse e-mail non valide', en: 'Not an email address' },
  'invalid_format.url': { fr: 'Adresse web non valide', en: 'Not a web address' },
  'invalid_format.uuid': { fr: 'Identifiant non valide', en: 'Not a valid identifier' },
  'invalid_format.date': { fr: 'Date non valide', en: 'Not a valid date' },
  'invalid_format.datetime': { fr: 'Date non valide', en: 'Not a valid date' },
  invalid_format: { fr: 'Format non valide', en: 'Wrong format' },
  invalid_type: { fr: 'Manquant ou non valide', en: 'Missing or not valid' },
  invalid_value: {
    fr: 'Valeur non prévue (possibles : {values})',
    en: 'Not an allowed value (allowed: {values})',
  },
  unrecognized_keys: { fr: 'Champ non attendu', en: 'Unexpected field' },
  // Tier ladder refusals (validateTierLadder's reasons).
  level_count: { fr: 'De 2 à 5 niveaux', en: 'From 2 to 5 levels' },
  duplicate_id: { fr: 'Niveau en double', en: 'Duplicate level' },
  duplicate_name: { fr: 'Un autre niveau porte ce nom', en: 'Another level has this name' },
  empty_name: { fr: 'Donnez un nom au niveau', en: 'Give the level a name' },
  name_too_long: { fr: 'Nom trop long', en: 'Name too long' },
  invalid_colour: { fr: 'Couleur non valide', en: 'Not a valid colour' },
  lowest_has_criteria: {
    fr: 'Le premier niveau est celui de tous les membres : pas de condition',
    en: 'The first level is every member’s: no condition',
  },
  no_criteria: {
    fr: 'Fixez au moins une condition (dépense, visites ou ancienneté)',
    en: 'Set at least one condition (spend, visits or seniority)',
  },
  invalid_threshold: { fr: 'Seuil non valide', en: 'Not a valid threshold' },
  duplicate_threshold: {
    fr: 'Même seuil qu’un niveau inférieur',
    en: 'Same threshold as a lower level',
  },
  not_increasing: {
    fr: 'Doit dépasser le seuil du niveau inférieur',
    en: 'Must be above the lower level’s threshold',
  },
  invalid_benefit: { fr: 'Avantage non valide', en: 'Not a valid benefit' },
  benefit_decreases: {
    fr: 'Ne peut pas être inférieur au niveau d’en dessous',
    en: 'Cannot be less than the level below',
  },
  invalid_window: { fr: 'Période de calcul non valide', en: 'Not a valid window' },
  invalid_review: {
    fr: 'La grâce doit être plus courte que la période',
    en: 'The grace must be shorter than the period',
  },
  // Bonus settings and referrals.
  threshold_not_increasing: {
    fr: 'Chaque palier commence au-dessus du précédent',
    en: 'Each step starts above the previous one',
  },
  percent_not_increasing: {
    fr: 'Chaque palier donne plus que le précédent',
    en: 'Each step gives more than the previous one',
  },
  unknown_program: { fr: 'Programme introuvable ou archivé', en: 'Program not found or archived' },
  unknown_reward: {
    fr: 'Choisissez une récompense de ce programme',
    en: 'Choose a reward of this program',
  },
  unknown_referral: {
    fr: 'Aucun client ne porte ce code de parrainage',
    en: 'No customer has this referral code',
  },
  required: { fr: 'Obligatoire', en: 'Required' },
  'firstName.required': {
    fr: 'Donnez au moins un nom, un e-mail ou un téléphone',
    en: 'Give at least a name, an email or a phone number',
  },
  'email.required': {
    fr: 'Donnez un e-mail ou un numéro de téléphone',
    en: 'Give an email or a phone number',
  },
  'consents.email': {
    fr: 'Donnez un e-mail pour recevoir les offres par e-mail',
    en: 'Give an email to receive offers by email',
  },
  'consents.sms': {
    fr: 'Donnez un numéro de téléphone pour recevoir les SMS',
    en: 'Give a phone number to receive text messages',
  },
  in_future: { fr: 'Cette date est dans le futur', en: 'This date is in the future' },
  only_for_disputes: {
    fr: 'Seul un litige a un statut',
    en: 'Only a dispute has a status',
  },
  company_number_format: {
    fr: 'Un SIREN a 9 chiffres, un SIRET 14',
    en: 'A SIREN has 9 digits, a SIRET 14',
  },
  company_number_invalid: {
    fr: 'Ce numéro n’existe pas : vérifiez ses chiffres',
    en: 'This number does not exist: check its digits',
  },
  all_weights_zero: {
    fr: 'Donnez du poids à au moins un critère',
    en: 'Give weight to at least one criterion',
  },
  before_issue_date: {
    fr: 'Cette date précède la date de la facture',
    en: 'This date is before the invoice date',
  },
  'tag.required': { fr: 'Donnez une étiquette', en: 'Give a tag' },
  'companyName.required': { fr: 'Donnez le nom de l’entreprise', en: 'Give the company name' },
  only_for_late_payments: {
    fr: 'Seul un retard de paiement a un montant et des jours de retard',
    en: 'Only a late payment has an amount and days late',
  },
  'latePayment.required': {
    fr: 'Donnez le montant en retard et le nombre de jours',
    en: 'Give the amount paid late and the days late',
  },
  too_early: {
    fr: 'Cette date est trop ancienne (le 1er janvier 2000 au plus tôt)',
    en: 'This date is too early (1 January 2000 at the earliest)',
  },
  invalid_phone: { fr: 'Numéro de téléphone non valide', en: 'Not a phone number' },
  invalid_birthday: { fr: 'Ce jour n’existe pas', en: 'Not a real day of the year' },
  invalid_time_zone: { fr: 'Fuseau horaire inconnu', en: 'Unknown time zone' },
  'deadline.not_in_future': {
    fr: 'L’échéance doit être après aujourd’hui',
    en: 'The deadline must be after today',
  },
  'deadline.too_far': {
    fr: 'L’échéance doit être dans les 5 ans',
    en: 'The deadline must be within 5 years',
  },
  'segment.required': { fr: 'Choisissez un segment', en: 'Choose a segment' },
  after_end: { fr: 'Le début doit précéder la fin', en: 'The start must come before the end' },
  email_taken: { fr: 'Cet e-mail a déjà un compte', en: 'This email already has an account' },
  slug_taken: { fr: 'Adresse déjà prise', en: 'Address already taken' },
  unknown_wording: {
    fr: 'Texte de consentement inconnu : rechargez la page',
    en: 'Unknown consent wording: reload the page',
  },
  invalid_idempotency_key: { fr: 'Clé d’idempotence non valide', en: 'Invalid idempotency key' },
  too_short: { fr: '8 caractères au moins', en: 'At least 8 characters' },
  too_long: { fr: '200 caractères au plus', en: 'At most 200 characters' },
  too_common: {
    fr: 'Trop courant : choisissez un mot de passe moins prévisible',
    en: 'Too common: choose a less predictable password',
  },
  invalid: { fr: 'Non valide', en: 'Not valid' },
  one_nps_only: {
    fr: 'Une seule question « recommanderiez-vous » par questionnaire',
    en: 'Only one “would you recommend” question per survey',
  },
  duplicate: { fr: 'Déjà proposé', en: 'Already offered' },
  out_of_range: { fr: 'Choisissez une note de l’échelle', en: 'Choose a mark on the scale' },
  not_an_option: { fr: 'Choisissez parmi les options', en: 'Choose among the options' },
  unknown_question: {
    fr: 'Question inconnue : rechargez la page',
    en: 'Unknown question: reload the page',
  },
  'note.required': { fr: 'Dites pourquoi appeler', en: 'Say why to call' },
  'outcome.required': { fr: 'Dites comment cela s’est passé', en: 'Say how it went' },
  unknown_merge_field: {
    fr: 'Champ de fusion inconnu : utilisez ceux proposés',
    en: 'Unknown merge field: use the ones offered',
  },
  invalid_parameter: {
    fr: 'Valeur non valide pour ce paramètre',
    en: 'Not a valid value for this setting',
  },
  too_many_channels: {
    fr: '12 réponses au plus : archivez-en une d’abord',
    en: 'At most 12 answers: archive one first',
  },
  archived_channel: {
    fr: 'Cette réponse n’est plus proposée',
    en: 'This answer is no longer offered',
  },
  unknown_channel: {
    fr: 'Choisissez une des réponses proposées',
    en: 'Choose one of the answers offered',
  },
  no_channel_for_loyalty: {
    fr: 'Le budget de fidélisation ne va pas à un canal',
    en: 'The loyalty budget goes to no channel',
  },
  certificate_unreadable: {
    fr: 'Ce fichier n’est pas un certificat lisible (PEM ou .p12)',
    en: 'This file is not a readable certificate (PEM or .p12)',
  },
  certificate_or_p12: {
    fr: 'Joignez le fichier .p12, ou le certificat et sa clé privée (PEM)',
    en: 'Attach the .p12 file, or the certificate and its private key (PEM)',
  },
  p12_password_wrong: {
    fr: 'Mot de passe incorrect pour ce fichier .p12',
    en: 'Wrong password for this .p12 file',
  },
  key_unreadable: {
    fr: 'Clé privée illisible, ou mot de passe incorrect',
    en: 'The private key cannot be read, or the password is wrong',
  },
  key_mismatch: {
    fr: 'Cette clé privée n’est pas celle du certificat',
    en: 'This private key is not the certificate’s',
  },
  key_not_rsa: {
    fr: 'La clé privée doit être une clé RSA',
    en: 'The private key must be an RSA key',
  },
  certificate_expired: {
    fr: 'Ce certificat a expiré : créez-en un nouveau sur le site Apple Developer',
    en: 'This certificate has expired: create a new one on the Apple Developer site',
  },
  certificate_not_yet_valid: {
    fr: 'Ce certificat n’est pas encore valable',
    en: 'This certificate is not valid yet',
  },
  not_pass_type_certificate: {
    fr: 'Ce n’est pas un certificat « Pass Type ID » d’Apple',
    en: 'This is not an Apple Pass Type ID certificate',
  },
  pass_type_id_mismatch: {
    fr: 'Le certificat est pour un autre Pass Type ID : {values}',
    en: 'The certificate is for another Pass Type ID: {values}',
  },
  team_id_mismatch: {
    fr: 'Le certificat appartient à une autre équipe : {values}',
    en: 'The certificate belongs to another team: {values}',
  },
  not_issued_by_wwdr: {
    fr: 'Le certificat n’a pas été délivré par ce certificat Apple WWDR',
    en: 'The certificate was not issued by this Apple WWDR certificate',
  },
  wwdr_required: {
    fr: 'Joignez le certificat intermédiaire Apple WWDR (G4)',
    en: 'Attach Apple’s WWDR intermediate certificate (G4)',
  },
};

/** Said for a field code the table does not know. */
export const UNKNOWN_FIELD: Text = { fr: 'Non valide', en: 'Not valid' };

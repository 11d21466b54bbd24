import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, call, idempotencyKey } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import { useSession } from '../../auth/session.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { ConfirmButtons } from '../../ui/ConfirmButtons.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { looksLikeEmail, passwordProblem } from '../onboarding/password-rules.ts';
import { SelectField } from '../programs/controls.tsx';
import { serverField } from '../programs/server-fields.ts';
import { messages } from './messages.ts';
import { RolesSection } from './RolesSection.tsx';

type Role = 'owner' | 'manager' | 'staff';
type Member = { id: string; email: string; displayName: string | null; role: Role };
const ROLES: Role[] = ['owner', 'manager', 'staff'];

function useRoleLabels() {
  const t = useT(messages);
  return {
    label: { owner: t('roleOwner'), manager: t('roleManager'), staff: t('roleStaff') } as Record<
      Role,
      string
    >,
    help: {
      owner: t('roleOwnerHelp'),
      manager: t('roleManagerHelp'),
      staff: t('roleStaffHelp'),
    } as Record<Role, string>,
  };
}

/** The team (GET/POST/PATCH/DELETE /api/v1/staff) and what each role may do. */
export function StaffSection() {
  const t = useT(messages);
  const roles = useRoleLabels();
  const staff = useQuery({
    queryKey: ['staff'],
    queryFn: async () => (await call(api.GET('/api/v1/staff'))).items as Member[],
  });
  return (
    <section id="staff" className="card stack" aria-labelledby="staff-title">
      <h2 id="staff-title">{t('staff')}</h2>
      <p className="muted">{t('staffIntro')}</p>
      <dl className="roles">
        {ROLES.map((r) => (
          <div key={r}>
            <dt>{roles.label[r]}</dt>
            <dd>{roles.help[r]}</dd>
          </div>
        ))}
      </dl>
      <RolesSection />
      <ProblemAlert error={staff.error} />
      {staff.isPending && <p className="muted">{t('loading')}</p>}
      <ul className="member-list">
        {staff.data?.map((m) => (
          <li key={m.id}>
            <MemberRow member={m} />
          </li>
        ))}
      </ul>
      {staff.data && <AddMemberForm />}
    </section>
  );
}

function conflictText(error: unknown, t: ReturnType<typeof useT<keyof (typeof messages)['fr']>>) {
  if (error instanceof ApiProblem && error.code === 'conflict') return t('lastOwner');
  return null;
}

function MemberRow({ member }: { member: Member }) {
  const t = useT(messages);
  const roles = useRoleLabels();
  const { me } = useSession();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const isMe = me?.user?.id === member.id;
  const name = member.displayName ? `${member.displayName} (${member.email})` : member.email;
  const changeRole = useMutation({
    mutationFn: (role: Role) =>
      call(
        api.PATCH('/api/v1/staff/{id}', {
          params: { path: { id: member.id } },
          body: { role },
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      ),
    onSuccess: async () => {
      void client.invalidateQueries({ queryKey: ['audit-log'] });
      setNotice(t('roleChanged'));
      await client.invalidateQueries({ queryKey: ['staff'] });
      if (isMe) await client.invalidateQueries({ queryKey: ['me'] });
    },
  });
  const remove = useMutation({
    mutationFn: () =>
      call(
        api.DELETE('/api/v1/staff/{id}', {
          params: { path: { id: member.id } },
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      ),
    onSuccess: () =>
      client
        .invalidateQueries({ queryKey: ['staff'] })
        .then(() => client.invalidateQueries({ queryKey: ['audit-log'] })),
  });
  const error = changeRole.error ?? remove.error;
  const conflict = conflictText(error, t);
  return (
    <div className="member stack-tight">
      <div className="member-row">
        <span className="member-name">
          {name}
          {isMe && <span className="badge">{t('you')}</span>}
        </span>
        <div className="member-role">
          <SelectField
            label={t('roleOf', { name: member.displayName ?? member.email })}
            value={member.role}
            disabled={changeRole.isPending}
            options={ROLES.map((r) => ({ value: r, label: roles.label[r] }))}
            onChange={(e) => {
              setNotice(null);
              changeRole.mutate(e.target.value as Role);
            }}
          />
        </div>
        <div className="member-actions">
          <ConfirmButtons
            confirming={confirming}
            onAsk={() => setConfirming(true)}
            onCancel={() => setConfirming(false)}
            onConfirm={() => remove.mutate()}
            pending={remove.isPending}
            askLabel={t('remove')}
            confirmLabel={t('removeConfirm')}
            cancelLabel={t('cancel')}
            ariaLabel={`${t('remove')} ${member.email}`}
          />
        </div>
      </div>
      {notice && (
        <p className="small ok-text" role="status">
          {notice}
        </p>
      )}
      {conflict ? (
        <p className="alert error" role="alert">
          {conflict}
        </p>
      ) : (
        <ProblemAlert error={error} />
      )}
    </div>
  );
}

function AddMemberForm() {
  const t = useT(messages);
  const roles = useRoleLabels();
  const client = useQueryClient();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('staff');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/staff', {
          body: {
            email: email.trim(),
            role,
            ...(displayName.trim() ? { displayName: displayName.trim() } : {}),
            ...(password ? { initialPassword: password } : {}),
          },
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      ),
    onSuccess: async (member) => {
      void client.invalidateQueries({ queryKey: ['audit-log'] });
      // With mail configured the person is invited and joins from the link (202).
      setAdded(t('status' in member ? 'invited' : 'added', { email: member.email }));
      setEmail('');
      setDisplayName('');
      setPassword('');
      setTouched(new Set());
      setSubmitted(false);
      await client.invalidateQueries({ queryKey: ['staff'] });
    },
  });
  const problem = password ? passwordProblem(password, email) : null;
  const local = {
    email: !email.trim() ? t('required') : looksLikeEmail(email) ? undefined : t('emailInvalid'),
    initialPassword:
      problem === 'too_short'
        ? t('tooShort')
        : problem === 'too_common'
          ? t('tooCommon')
          : undefined,
  };
  const byCode: Record<string, string> = {
    too_short: t('tooShort'),
    too_common: t('tooCommon'),
    conflict: t('alreadyMember'),
    email_taken: t('emailHasLogin'),
    required: t('needsPassword'),
    invalid_format: t('emailInvalid'),
  };
  const errorFor = (field: 'email' | 'initialPassword') => {
    if (local[field] && (submitted || touched.has(field))) return local[field];
    const server = serverField(add.error, field === 'email' ? ['email'] : ['initialPassword']);
    return server ? (byCode[server.code ?? ''] ?? server.message) : undefined;
  };
  const change =
    (field: string, set: (v: string) => void) => (e: { target: { value: string } }) => {
      set(e.target.value);
      setTouched((s) => new Set(s).add(field));
      setAdded(null);
      if (add.error) add.reset();
    };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!local.email && !local.initialPassword) add.mutate();
  };
  const fieldProblem = add.error instanceof ApiProblem && add.error.fields.length > 0;
  return (
    <form className="stack add-member" onSubmit={submit} noValidate>
      <h3>{t('addMember')}</h3>
      <div className="settings-cols">
        <Field
          label={t('email')}
          type="email"
          autoComplete="off"
          value={email}
          error={errorFor('email')}
          onChange={change('email', setEmail)}
        />
        <Field
          label={t('displayName')}
          autoComplete="off"
          maxLength={120}
          value={displayName}
          onChange={change('displayName', setDisplayName)}
        />
        <SelectField
          label={t('role')}
          hint={roles.help[role]}
          value={role}
          options={ROLES.map((r) => ({ value: r, label: roles.label[r] }))}
          onChange={(e) => setRole(e.target.value as Role)}
        />
        <Field
          label={t('initialPassword')}
          hint={t('initialPasswordHint')}
          type="text"
          autoComplete="new-password"
          spellCheck={false}
          maxLength={200}
          value={password}
          error={errorFor('initialPassword')}
          onChange={change('initialPassword', setPassword)}
        />
      </div>
      {added && (
        <p className="alert ok" role="status">
          {added}
        </p>
      )}
      {fieldProblem ? null : <ProblemAlert error={add.error} />}
      <div>
        <button className="button" type="submit" disabled={add.isPending}>
          {t('add')}
        </button>
      </div>
    </form>
  );
}

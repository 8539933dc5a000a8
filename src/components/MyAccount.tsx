// My account: who is logged in, and changing one's own password (the current one is asked first).
import React, { useState } from 'react';
import { Box, Button, FormGroup, H3, Input, Label, MessageBox, Text } from '@adminjs/design-system';
import { useCurrentAdmin } from 'adminjs';
import { useWords } from './use-words.js';

const ROLE_LABEL: Record<string, string> = { OWNER: 'Owner', MANAGER: 'Manager', SUPPORT: 'Support', WAREHOUSE: 'Warehouse' };

const MyAccount: React.FC = () => {
  const [admin] = useCurrentAdmin();
  const { w } = useWords('MyAccount');
  const [fields, setFields] = useState({ currentPassword: '', newPassword: '', confirmPassword: '' });
  const [result, setResult] = useState<{ message: string; type: 'success' | 'error' } | null>(null);
  const [busy, setBusy] = useState(false);
  const root = window.location.pathname.split('/pages/')[0];
  const set = (name: keyof typeof fields) => (e: React.ChangeEvent<HTMLInputElement>) => setFields({ ...fields, [name]: e.target.value });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const res = await fetch(`${root}/api/account/password`, {
        method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(fields),
      });
      const body = await res.json().catch(() => ({ notice: { message: w('answered', 'The server answered {{status}}.', { status: res.status }), type: 'error' } }));
      setResult(body.notice);
      if (res.ok) setFields({ currentPassword: '', newPassword: '', confirmPassword: '' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box variant="grey" padding="xxl">
      <Box variant="white" padding="xl" style={{ maxWidth: 560 }}>
        <H3>{w('title', 'My account')}</H3>
        <Text mb="xl">{`${admin?.name ?? ''} · ${admin?.email ?? ''} · ${ROLE_LABEL[String(admin?.role)] ? w(`role.${String(admin?.role)}`, ROLE_LABEL[String(admin?.role)]) : ''}`}</Text>
        <form onSubmit={submit}>
          <FormGroup>
            <Label htmlFor="currentPassword" required>{w('current', 'Current password')}</Label>
            <Input id="currentPassword" type="password" autoComplete="current-password" width={1} value={fields.currentPassword} onChange={set('currentPassword')} />
          </FormGroup>
          <FormGroup>
            <Label htmlFor="newPassword" required>{w('new', 'New password (12 characters or more)')}</Label>
            <Input id="newPassword" type="password" autoComplete="new-password" width={1} value={fields.newPassword} onChange={set('newPassword')} />
          </FormGroup>
          <FormGroup>
            <Label htmlFor="confirmPassword" required>{w('confirm', 'New password again')}</Label>
            <Input id="confirmPassword" type="password" autoComplete="new-password" width={1} value={fields.confirmPassword} onChange={set('confirmPassword')} />
          </FormGroup>
          {result && <MessageBox mb="lg" variant={result.type === 'success' ? 'success' : 'danger'} message={result.message} />}
          <Button type="submit" variant="contained" disabled={busy}>{w('change', 'Change password')}</Button>
        </form>
      </Box>
    </Box>
  );
};

export default MyAccount;

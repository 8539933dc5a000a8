// The form behind every bulk action on orders: what will happen, the selected orders, a few
// fields (carrier, tags…), and one button. The server's notice says what happened to each order.
import React, { useState } from 'react';
import { useNavigate } from 'react-router';
import { Box, Button, FormGroup, H4, Input, Label, MessageBox, Text } from '@adminjs/design-system';
import { ApiClient, useNotice, type ActionProps } from 'adminjs';

interface Field {
  name: string;
  label: string;
  placeholder?: string;
  required?: boolean;
}

const api = new ApiClient();
const SHOWN = 20;

const BulkOrderAction: React.FC<ActionProps> = ({ action, resource, records = [] }) => {
  const fields: Field[] = action.custom?.fields ?? [];
  const [values, setValues] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const addNotice = useNotice();
  const navigate = useNavigate();
  const names = records.map((r) => String(r.params.name ?? r.title ?? r.id));
  const missing = fields.some((f) => f.required && !values[f.name]?.trim());

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const data = new FormData();
    for (const f of fields) data.set(f.name, values[f.name] ?? '');
    try {
      const response = await api.bulkAction({ resourceId: resource.id, actionName: action.name, recordIds: records.map((r) => r.id), data });
      if (response.data.notice) addNotice(response.data.notice);
      navigate(response.data.redirectUrl ?? `${window.location.pathname.split('/bulk/')[0]}`);
    } catch (e) {
      const notice = (e as { response?: { data?: { notice?: { message: string } } } }).response?.data?.notice;
      setError(notice?.message ?? 'Something went wrong; nothing was changed.');
      setBusy(false);
    }
  };

  return (
    <Box as="form" onSubmit={submit} variant="white" padding="xl" style={{ maxWidth: 720 }}>
      <Text mb="lg">{action.custom?.intro}</Text>
      <H4>{`${records.length} order${records.length === 1 ? '' : 's'} selected`}</H4>
      <Text mb="xl" color="grey60">
        {names.slice(0, SHOWN).join(', ')}
        {names.length > SHOWN ? ` and ${names.length - SHOWN} more` : ''}
      </Text>
      {fields.map((f) => (
        <FormGroup key={f.name}>
          <Label htmlFor={f.name} required={f.required}>{f.label}</Label>
          <Input id={f.name} name={f.name} placeholder={f.placeholder} width={1} value={values[f.name] ?? ''}
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [f.name]: e.target.value })} />
        </FormGroup>
      ))}
      {error ? <MessageBox mb="lg" variant="danger" message={error} /> : null}
      <Button type="submit" variant={action.variant === 'danger' ? 'danger' : 'contained'} disabled={busy || missing || records.length === 0}>
        {busy ? 'Working…' : action.label}
      </Button>
    </Box>
  );
};

export default BulkOrderAction;

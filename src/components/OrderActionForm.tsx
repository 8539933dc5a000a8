// A short form for an action on one record (cancel, capture, adjust stock…), described by the action's fields.
import React, { useState } from 'react';
import { Box, Button, CheckBox, FormGroup, Input, Label, MessageBox, Select, Text, TextArea } from '@adminjs/design-system';
import { useTranslation, type ActionProps } from 'adminjs';
import { useActionSubmit } from './use-action-submit.js';

import type { FormField as Field } from '../shared/form-fields.js';

const OrderActionForm: React.FC<ActionProps> = (props) => {
  const { action, record, resource } = props;
  const { translateAction } = useTranslation();
  const fields: Field[] = action.custom?.fields ?? [];
  const [values, setValues] = useState<Record<string, string | boolean>>(() => Object.fromEntries(fields.map((f) => [f.name, f.defaultValue ?? ''])));
  const { busy, error, submit: send } = useActionSubmit(props);
  const set = (name: string, value: string | boolean) => setValues({ ...values, [name]: value });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void send(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])));
  };

  return (
    <Box as="form" onSubmit={submit} variant="white" padding="xl" style={{ maxWidth: 720 }}>
      {action.custom?.intro ? <Text mb="xl">{action.custom.intro}</Text> : null}
      {fields.map((f) => (
        <FormGroup key={f.name}>
          {f.type === 'checkbox' ? (
            <Box flex flexDirection="row" alignItems="center">
              <CheckBox id={f.name} checked={Boolean(values[f.name])} onChange={() => set(f.name, !values[f.name])} />
              <Label inline htmlFor={f.name} ml="default">{f.label}</Label>
            </Box>
          ) : (
            <>
              <Label htmlFor={f.name}>{f.type === 'money' ? `${f.label} (${record?.params.currency ?? ''})` : f.label}</Label>
              {f.type === 'select' ? (
                <Select
                  inputId={f.name}
                  value={f.options?.find((o) => o.value === values[f.name]) ?? null}
                  options={f.options ?? []}
                  onChange={(o: { value: string } | null) => set(f.name, o?.value ?? '')}
                />
              ) : f.type === 'textarea' ? (
                <TextArea id={f.name} width={1} value={String(values[f.name] ?? '')} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => set(f.name, e.target.value)} />
              ) : (
                <Input id={f.name} width={1} inputMode={f.type === 'money' ? 'decimal' : undefined} placeholder={f.type === 'money' ? '0.00' : undefined}
                  value={String(values[f.name] ?? '')} onChange={(e: React.ChangeEvent<HTMLInputElement>) => set(f.name, e.target.value)} />
              )}
            </>
          )}
          {f.help ? <Text color="grey60" fontSize="sm">{f.help}</Text> : null}
        </FormGroup>
      ))}
      {error ? <MessageBox mb="lg" variant="danger" message={error} /> : null}
      <Button type="submit" variant={action.variant === 'danger' ? 'danger' : 'contained'} disabled={busy}>
        {busy ? 'Working…' : translateAction(action.name, resource.id)}
      </Button>
    </Box>
  );
};

export default OrderActionForm;

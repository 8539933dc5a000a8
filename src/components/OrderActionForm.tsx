// A short form for an action on one record (cancel, capture, adjust stock…), described by the action's fields.
import React, { useState } from 'react';
import { Box, Button, CheckBox, FormGroup, Input, Label, MessageBox, Select, Text, TextArea } from '@adminjs/design-system';
import { useTranslation, type ActionProps } from 'adminjs';
import { useActionSubmit } from './use-action-submit.js';
import { useWords } from './use-words.js';

import type { FormField as Field } from '../shared/form-fields.js';

const OrderActionForm: React.FC<ActionProps> = (props) => {
  const { action, record, resource } = props;
  const { translateAction } = useTranslation();
  // The action's words (intro, labels, choices) are the server's English; French by resource and action.
  const { w, language } = useWords(`forms.${resource.id}.${action.name}`);
  const fields: Field[] = action.custom?.fields ?? [];
  const [values, setValues] = useState<Record<string, string | boolean>>(() => Object.fromEntries(fields.map((f) => [f.name, f.defaultValue ?? ''])));
  const { busy, error, submit: send } = useActionSubmit(props);
  const set = (name: string, value: string | boolean) => setValues({ ...values, [name]: value });
  const options = (f: Field) => (f.options ?? []).map((o) => ({ ...o, label: w(`${f.name}.options.${o.value}`, o.label) }));

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void send(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])));
  };

  return (
    <Box as="form" onSubmit={submit} variant="white" padding="xl" style={{ maxWidth: 720 }}>
      {action.custom?.intro ? <Text mb="xl">{w('intro', action.custom.intro)}</Text> : null}
      {fields.map((f) => (
        <FormGroup key={f.name}>
          {f.type === 'checkbox' ? (
            <Box flex flexDirection="row" alignItems="center">
              <CheckBox id={f.name} checked={Boolean(values[f.name])} onChange={() => set(f.name, !values[f.name])} />
              <Label inline htmlFor={f.name} ml="default">{w(`${f.name}.label`, f.label)}</Label>
            </Box>
          ) : (
            <>
              <Label htmlFor={f.name}>{f.type === 'money' ? `${w(`${f.name}.label`, f.label)} (${record?.params.currency ?? ''})` : w(`${f.name}.label`, f.label)}</Label>
              {f.type === 'select' ? (
                <Select
                  inputId={f.name}
                  value={options(f).find((o) => o.value === values[f.name]) ?? null}
                  options={options(f)}
                  onChange={(o: { value: string } | null) => set(f.name, o?.value ?? '')}
                />
              ) : f.type === 'textarea' ? (
                <TextArea id={f.name} width={1} value={String(values[f.name] ?? '')} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => set(f.name, e.target.value)} />
              ) : (
                <Input id={f.name} width={1} inputMode={f.type === 'money' ? 'decimal' : undefined} placeholder={f.type === 'money' ? (language === 'fr' ? '0,00' : '0.00') : undefined}
                  value={String(values[f.name] ?? '')} onChange={(e: React.ChangeEvent<HTMLInputElement>) => set(f.name, e.target.value)} />
              )}
            </>
          )}
          {f.help ? <Text color="grey60" fontSize="sm">{w(`${f.name}.help`, f.help)}</Text> : null}
        </FormGroup>
      ))}
      {error ? <MessageBox mb="lg" variant="danger" message={error} /> : null}
      <Button type="submit" variant={action.variant === 'danger' ? 'danger' : 'contained'} disabled={busy}>
        {busy ? w('working', 'Working…') : translateAction(action.name, resource.id)}
      </Button>
    </Box>
  );
};

export default OrderActionForm;

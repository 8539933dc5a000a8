// The form behind every bulk action on orders: what will happen, the selected orders, a few
// fields (carrier, tags…), and one button. The server's notice says what happened to each order.
import React, { useState } from 'react';
import { Box, Button, FormGroup, H4, Input, Label, MessageBox, Select, Text } from '@adminjs/design-system';
import { useTranslation, type ActionProps } from 'adminjs';
import { useActionSubmit } from './use-action-submit.js';
import { useWords } from './use-words.js';

interface Field {
  name: string;
  label: string;
  placeholder?: string;
  required?: boolean;
  options?: Array<{ value: string; label: string }>;
}

const SHOWN = 20;

const BulkOrderAction: React.FC<ActionProps> = (props) => {
  const { action, resource, records = [] } = props;
  const fields: Field[] = action.custom?.fields ?? [];
  const [values, setValues] = useState<Record<string, string>>({});
  const { busy, error, submit: send } = useActionSubmit(props);
  const { translateAction, translateLabel } = useTranslation();
  // The action's words (intro, fields) are the server's English; French by resource and action.
  const { w } = useWords(`forms.${resource.id}.${action.name}`);
  const common = useWords('BulkOrderAction');
  const names = records.map((r) => String(r.title || r.params.name || r.id));
  const missing = fields.some((f) => f.required && !values[f.name]?.trim());
  const options = (f: Field) => (f.options ?? []).map((o) => ({ ...o, label: w(`${f.name}.options.${o.value}`, o.label) }));

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void send(Object.fromEntries(fields.map((f) => [f.name, values[f.name] ?? ''])));
  };

  return (
    <Box as="form" onSubmit={submit} variant="white" padding="xl" style={{ maxWidth: 720 }}>
      <Text mb="lg">{action.custom?.intro ? w('intro', action.custom.intro) : null}</Text>
      <H4>{common.w('selected', '{{resource}}: {{count}} selected', { resource: translateLabel(resource.id, resource.id), count: records.length })}</H4>
      <Text mb="xl" color="grey60">
        {names.slice(0, SHOWN).join(', ')}
        {names.length > SHOWN ? common.w('more', ' and {{count}} more', { count: names.length - SHOWN }) : ''}
      </Text>
      {fields.map((f) => (
        <FormGroup key={f.name}>
          <Label htmlFor={f.name} required={f.required}>{w(`${f.name}.label`, f.label)}</Label>
          {f.options ? (
            <Select inputId={f.name} options={options(f)} value={options(f).find((o) => o.value === values[f.name]) ?? null}
              onChange={(o: { value: string } | null) => setValues({ ...values, [f.name]: o?.value ?? '' })} />
          ) : (
            <Input id={f.name} name={f.name} placeholder={f.placeholder ? w(`${f.name}.placeholder`, f.placeholder) : undefined} width={1} value={values[f.name] ?? ''}
              onChange={(e: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [f.name]: e.target.value })} />
          )}
        </FormGroup>
      ))}
      {error ? <MessageBox mb="lg" variant="danger" message={error} /> : null}
      <Button type="submit" variant={action.variant === 'danger' ? 'danger' : 'contained'} disabled={busy || missing || records.length === 0}>
        {busy ? common.w('working', 'Working…') : translateAction(action.name, resource.id)}
      </Button>
    </Box>
  );
};

export default BulkOrderAction;

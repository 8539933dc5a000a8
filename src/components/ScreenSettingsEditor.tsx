// Settings → Screens: for one resource, which fields show (and in what order) in the list, the record
// page, the edit form and the filters; labels; default sort, rows per page, navigation group; which
// actions are on and for whom. Save / Reset to default; the history below. On the record page: what
// it overrides, and the history. The server checks everything again and refuses what the code does not allow.
import React, { useEffect, useState } from 'react';
import { Box, Button, CheckBox, H4, H5, Input, Label, MessageBox, Table, TableBody, TableCell, TableHead, TableRow, Text } from '@adminjs/design-system';
import { ApiClient, useNotice, useTranslation, type ActionProps } from 'adminjs';
import { useWords } from './use-words.js';
import { CONTEXTS, ROLES, TABS, draftOf, settingsOf, type Answer, type Context, type Draft, type Tab } from './screen-settings-draft.js';

const api = new ApiClient();
const small = { padding: '2px 8px', minWidth: 0 };
const tick = { width: 16, height: 16, accentColor: '#3040D6', cursor: 'pointer' };

const ScreenSettingsEditor: React.FC<ActionProps> = ({ resource, action, record }) => {
  const fixed = record ? String(record.params.resourceId) : null;
  const readOnly = action.name === 'show';
  const [answer, setAnswer] = useState<Answer>({});
  const [resourceId, setResourceId] = useState<string>(fixed ?? new URLSearchParams(window.location.search).get('screen') ?? '');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [tab, setTab] = useState<Tab>('list');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const addNotice = useNotice();
  const { w, enumLabel, when } = useWords('ScreenSettingsEditor');
  const { translateLabel, translateAction, translateProperty } = useTranslation();
  const roleName = (role: string) => enumLabel('StaffRole', role).toLowerCase();

  const call = async (data?: FormData): Promise<Answer> => {
    try {
      const res = record
        ? await api.recordAction({ resourceId: resource.id, recordId: record.id, actionName: action.name, data })
        : await api.resourceAction({ resourceId: resource.id, actionName: action.name, data, params: data ? undefined : { resourceId } });
      return res.data as Answer;
    } catch (e) {
      return (e as { response?: { data?: Answer } }).response?.data ?? { notice: { message: w('failed', 'Something went wrong; nothing was changed.'), type: 'error' } };
    }
  };

  const load = (a: Answer) => {
    setAnswer((prev) => ({ ...prev, ...a, screens: a.screens ?? prev.screens }));
    if (a.screen) setDraft(draftOf(a.screen));
  };

  useEffect(() => {
    setDraft(null);
    call().then(load);
  }, [resourceId]);

  const send = async (reset: boolean) => {
    if (!draft || !answer.screen) return;
    setBusy(true);
    setError(null);
    const data = new FormData();
    data.set('resourceId', answer.screen.catalog.resourceId);
    data.set('version', String(answer.screen.version));
    if (reset) data.set('reset', 'true');
    else data.set('settings', JSON.stringify(settingsOf(draft, answer.screen.catalog.fixed)));
    const a = await call(data);
    setBusy(false);
    if (a.notice?.type === 'error') return setError(a.notice.message);
    load(a);
    if (a.notice) addNotice(a.notice as Parameters<typeof addNotice>[0]);
  };

  const screen = answer.screen;
  const fields = new Map((screen?.catalog.fields ?? []).map((f) => [f.name, f]));
  const resourceName = (id: string) => translateLabel(id, id);
  // The label in the staff member's language (a stored label applies in every language); the draft's while editing.
  const labelOf = (name: string) => draft?.labels[name] || (screen ? translateProperty(name, screen.catalog.resourceId) : '') || fields.get(name)?.label || name;
  const update = (fn: (d: Draft) => void) => setDraft((d) => { if (!d) return d; const next = structuredClone(d); fn(next); return next; });
  const move = (c: Context, i: number, by: number) => update((d) => { const rows = d.columns[c]; const j = i + by; if (j < 0 || j >= rows.length) return; [rows[i], rows[j]] = [rows[j], rows[i]]; });

  return (
    <Box variant="white" padding="xl" style={{ maxWidth: 1000 }}>
      {!fixed && (
        <Box flex flexDirection="row" alignItems="center" mb="lg">
          <Label htmlFor="screen-resource" mb="0" mr="lg">{w('screen', 'Screen')}</Label>
          <select id="screen-resource" value={resourceId} onChange={(e) => setResourceId(e.target.value)} style={{ padding: 6, minWidth: 260 }}>
            <option value="">{w('choose', 'Choose a resource…')}</option>
            {(answer.screens ?? []).map((s) => <option key={s.id} value={s.id}>{resourceName(s.id)}</option>)}
          </select>
        </Box>
      )}
      {!readOnly && <Text mb="lg" color="grey60">{w('intro', "Changes apply to every user from their next page load. The code's defaults stay the baseline: a setting can hide, reorder and rename fields, and take actions away from roles, never give more than the code allows.")}</Text>}
      {error && <MessageBox mb="lg" variant="danger" message={error} onCloseClick={() => setError(null)} />}
      {screen && draft && !readOnly && (
        <>
          <H4 mb="default">{resourceName(screen.catalog.resourceId)} <Text as="span" color="grey60">{screen.version ? w('customised', '(customised, version {{version}})', { version: screen.version }) : w('defaults', '(code defaults)')}</Text></H4>
          <Box flex flexDirection="row" flexWrap="wrap" mb="lg" style={{ gap: 6 }} role="tablist">
            {TABS.map(([key, title]) => (
              <Button key={key} type="button" size="sm" role="tab" aria-selected={tab === key} variant={tab === key ? 'contained' : 'outlined'} onClick={() => setTab(key)}>{w(`tabs.${key}`, title)}</Button>
            ))}
          </Box>
          {CONTEXTS.map(([c]) => tab === c && screen.catalog.fixed?.[c] && (
            <Text key={c} color="grey60">{w('fixed', '{{resource}} draws this screen itself ({{component}}): its fields are not chosen here. Labels still apply where it shows AdminJS fields.', { resource: resourceName(screen.catalog.resourceId), component: screen.catalog.fixed[c] })}</Text>
          ))}
          {CONTEXTS.map(([c, title]) => tab === c && !screen.catalog.fixed?.[c] && (
            <Box key={c} data-testid={`screen-${c}`}>
              <Text mb="default" color="grey60">{w(`ticked.${c}`, `Ticked fields show in the ${title.toLowerCase()}, top to bottom in this order.`)}</Text>
              <Table>
                <TableBody>
                  {draft.columns[c].map((row, i) => (
                    <TableRow key={row.name}>
                      <TableCell style={{ width: 40 }}><CheckBox id={`${c}-${row.name}`} checked={row.on} onChange={() => update((d) => { d.columns[c][i].on = !d.columns[c][i].on; })} /></TableCell>
                      <TableCell><label htmlFor={`${c}-${row.name}`} style={{ color: row.on ? undefined : '#898A9A' }}>{labelOf(row.name)}</label> <Text as="span" color="grey40" fontSize="sm">{row.name}</Text></TableCell>
                      <TableCell style={{ width: 110, whiteSpace: 'nowrap' }}>
                        <Button type="button" size="sm" variant="text" style={small} aria-label={w('up', 'Move {{field}} up', { field: row.name })} disabled={i === 0} onClick={() => move(c, i, -1)}>↑</Button>
                        <Button type="button" size="sm" variant="text" style={small} aria-label={w('down', 'Move {{field}} down', { field: row.name })} disabled={i === draft.columns[c].length - 1} onClick={() => move(c, i, 1)}>↓</Button>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
          ))}
          {tab === 'labels' && (
            <Box>
              <Text mb="default" color="grey60">{w('labelsHelp', 'Leave a label empty to keep the default (shown greyed).')}</Text>
              {screen.catalog.fields.map((f) => (
                <Box key={f.name} flex flexDirection="row" alignItems="center" mb="sm">
                  <Label htmlFor={`label-${f.name}`} mb="0" style={{ width: 220 }}>{f.name}</Label>
                  <Input id={`label-${f.name}`} placeholder={translateProperty(f.name, screen.catalog.resourceId) || f.label} value={draft.labels[f.name] ?? ''} onChange={(e: React.ChangeEvent<HTMLInputElement>) => update((d) => { d.labels[f.name] = e.target.value; })} style={{ width: 320 }} />
                </Box>
              ))}
            </Box>
          )}
          {tab === 'actions' && (
            <Box>
            <Text mb="default" color="grey60">{w('actionsHelp', 'Untick a role to take the action from it, or "On" to turn the action off for everyone. A dash: the code does not allow that role, and a setting cannot add it.')}</Text>
            <Table>
              <TableHead><TableRow><TableCell>{w('action', 'Action')}</TableCell><TableCell>{w('on', 'On')}</TableCell>{ROLES.map((r) => <TableCell key={r}>{roleName(r)}</TableCell>)}</TableRow></TableHead>
              <TableBody>
                {Object.entries(screen.catalog.actions).map(([name, declared]) => (
                  <TableRow key={name}>
                    <TableCell>{translateAction(name, screen.catalog.resourceId)} <Text as="span" color="grey40" fontSize="sm">{name}</Text></TableCell>
                    <TableCell>{declared.length === 0 ? <Text as="span" color="grey60">{w('offInCode', 'off in the code')}</Text> : <input type="checkbox" style={tick} id={`action-${name}`} aria-label={w('actionOn', '{{action}} on', { action: name })} checked={draft.actions[name].enabled} onChange={() => update((d) => { d.actions[name].enabled = !d.actions[name].enabled; })} />}</TableCell>
                    {ROLES.map((role) => (
                      <TableCell key={role}>
                        {declared.includes(role)
                          ? <input type="checkbox" style={tick} id={`action-${name}-${role}`} aria-label={w('actionFor', '{{action}} for {{role}}', { action: name, role: roleName(role) })} checked={draft.actions[name].roles.includes(role)} disabled={!draft.actions[name].enabled} onChange={() => update((d) => { const a = d.actions[name]; a.roles = a.roles.includes(role) ? a.roles.filter((x) => x !== role) : [...a.roles, role]; })} />
                          : <Text as="span" color="grey40" title={w('notAllowed', 'The code does not allow this role')}>—</Text>}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            </Box>
          )}
          {tab === 'options' && (
            <Box>
              <Box flex flexDirection="row" alignItems="center" mb="lg">
                <Label htmlFor="screen-sort" mb="0" style={{ width: 180 }}>{w('sort', 'Default sort')}</Label>
                <select id="screen-sort" value={draft.sortBy} onChange={(e) => update((d) => { d.sortBy = e.target.value; })} style={{ padding: 6, minWidth: 220 }}>
                  <option value="">{w('firstSortable', '(first sortable column)')}</option>
                  {screen.catalog.fields.filter((f) => f.sortable).map((f) => <option key={f.name} value={f.name}>{labelOf(f.name)}</option>)}
                </select>
                <select aria-label={w('direction', 'Sort direction')} value={draft.direction} onChange={(e) => update((d) => { d.direction = e.target.value as 'asc' | 'desc'; })} style={{ padding: 6, marginLeft: 8 }}>
                  <option value="asc">{w('asc', 'ascending')}</option>
                  <option value="desc">{w('desc', 'descending')}</option>
                </select>
              </Box>
              <Box flex flexDirection="row" alignItems="center" mb="lg">
                <Label htmlFor="screen-per-page" mb="0" style={{ width: 180 }}>{w('perPage', 'Rows per page')}</Label>
                <Input id="screen-per-page" type="number" min={1} max={500} value={draft.perPage} onChange={(e: React.ChangeEvent<HTMLInputElement>) => update((d) => { d.perPage = e.target.value; })} style={{ width: 120 }} />
              </Box>
              <Box flex flexDirection="row" alignItems="center" mb="lg">
                <Label htmlFor="screen-navigation" mb="0" style={{ width: 180 }}>{w('navigation', 'Menu group')}</Label>
                <Input id="screen-navigation" value={draft.navigation} onChange={(e: React.ChangeEvent<HTMLInputElement>) => update((d) => { d.navigation = e.target.value; })} style={{ width: 260 }} />
              </Box>
            </Box>
          )}
          <Box flex flexDirection="row" mt="xl" style={{ gap: 12 }}>
            <Button type="button" variant="contained" disabled={busy} onClick={() => send(false)}>{w('save', 'Save')}</Button>
            <Button type="button" variant="outlined" disabled={busy || !screen.version} onClick={() => send(true)}>{w('reset', 'Reset to default')}</Button>
          </Box>
        </>
      )}
      {screen && readOnly && (
        <Box>
          <H4 mb="default">{resourceName(screen.catalog.resourceId)}</H4>
          <H5 mb="default">{w('current', 'Current settings (version {{version}})', { version: screen.version })}</H5>
          {screen.summary.length === 0 ? <Text color="grey60">{w('none', "None: the code's defaults apply.")}</Text> : (
            <Box as="ul" data-testid="screen-summary" style={{ paddingLeft: 18 }}>{screen.summary.map((line, i) => <li key={i}><Text as="span">{line.replace(/^(.*?)( ?): (default|par défaut) → /, '$1$2: ')}</Text></li>)}</Box>
          )}
        </Box>
      )}
      {screen && (
        <Box mt="xxl">
          <H5 mb="default">{w('history', 'History')}</H5>
          {screen.history.length === 0 ? <Text color="grey60">{w('noHistory', "No changes yet: this screen uses the code's defaults.")}</Text> : (
            <Table data-testid="screen-history">
              <TableHead><TableRow><TableCell>{w('when', 'When')}</TableCell><TableCell>{w('who', 'Who')}</TableCell><TableCell>{w('what', 'What changed')}</TableCell></TableRow></TableHead>
              <TableBody>
                {screen.history.map((h) => (
                  <TableRow key={h.id}>
                    <TableCell style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>{when(h.createdAt)}</TableCell>
                    <TableCell style={{ verticalAlign: 'top' }}>{h.staff ?? w('deleted', '(deleted account)')}</TableCell>
                    <TableCell>{h.reset ? <Text fontWeight="bold">{w('reset', 'Reset to default')}</Text> : null}{h.changes.map((line, i) => <Text key={i} fontSize="sm">{line}</Text>)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Box>
      )}
    </Box>
  );
};

export default ScreenSettingsEditor;

// Settings → Screens: for one resource, which fields show (and in what order) in the list, the record
// page, the edit form and the filters; labels; default sort, rows per page, navigation group; which
// actions are on and for whom. Save / Reset to default; the history below. On the record page: what
// it overrides, and the history. The server checks everything again and refuses what the code does not allow.
import React, { useEffect, useState } from 'react';
import { Box, Button, CheckBox, H4, H5, Input, Label, MessageBox, Table, TableBody, TableCell, TableHead, TableRow, Text } from '@adminjs/design-system';
import { ApiClient, useNotice, type ActionProps } from 'adminjs';
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

  const call = async (data?: FormData): Promise<Answer> => {
    try {
      const res = record
        ? await api.recordAction({ resourceId: resource.id, recordId: record.id, actionName: action.name, data })
        : await api.resourceAction({ resourceId: resource.id, actionName: action.name, data, params: data ? undefined : { resourceId } });
      return res.data as Answer;
    } catch (e) {
      return (e as { response?: { data?: Answer } }).response?.data ?? { notice: { message: 'Something went wrong; nothing was changed.', type: 'error' } };
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
  const labelOf = (name: string) => draft?.labels[name] || fields.get(name)?.label || name;
  const update = (fn: (d: Draft) => void) => setDraft((d) => { if (!d) return d; const next = structuredClone(d); fn(next); return next; });
  const move = (c: Context, i: number, by: number) => update((d) => { const rows = d.columns[c]; const j = i + by; if (j < 0 || j >= rows.length) return; [rows[i], rows[j]] = [rows[j], rows[i]]; });

  return (
    <Box variant="white" padding="xl" style={{ maxWidth: 1000 }}>
      {!fixed && (
        <Box flex flexDirection="row" alignItems="center" mb="lg">
          <Label htmlFor="screen-resource" mb="0" mr="lg">Screen</Label>
          <select id="screen-resource" value={resourceId} onChange={(e) => setResourceId(e.target.value)} style={{ padding: 6, minWidth: 260 }}>
            <option value="">Choose a resource…</option>
            {(answer.screens ?? []).map((s) => <option key={s.id} value={s.id}>{s.id}</option>)}
          </select>
        </Box>
      )}
      {!readOnly && <Text mb="lg" color="grey60">Changes apply to every user from their next page load. The code's defaults stay the baseline: a setting can hide, reorder and rename fields, and take actions away from roles, never give more than the code allows.</Text>}
      {error && <MessageBox mb="lg" variant="danger" message={error} onCloseClick={() => setError(null)} />}
      {screen && draft && !readOnly && (
        <>
          <H4 mb="default">{screen.catalog.resourceId} {screen.version ? <Text as="span" color="grey60">(customised, version {screen.version})</Text> : <Text as="span" color="grey60">(code defaults)</Text>}</H4>
          <Box flex flexDirection="row" flexWrap="wrap" mb="lg" style={{ gap: 6 }} role="tablist">
            {TABS.map(([key, title]) => (
              <Button key={key} type="button" size="sm" role="tab" aria-selected={tab === key} variant={tab === key ? 'contained' : 'outlined'} onClick={() => setTab(key)}>{title}</Button>
            ))}
          </Box>
          {CONTEXTS.map(([c]) => tab === c && screen.catalog.fixed?.[c] && (
            <Text key={c} color="grey60">{screen.catalog.resourceId} draws this screen itself ({screen.catalog.fixed[c]}): its fields are not chosen here. Labels still apply where it shows AdminJS fields.</Text>
          ))}
          {CONTEXTS.map(([c, title]) => tab === c && !screen.catalog.fixed?.[c] && (
            <Box key={c} data-testid={`screen-${c}`}>
              <Text mb="default" color="grey60">Ticked fields show in the {title.toLowerCase()}, top to bottom in this order.</Text>
              <Table>
                <TableBody>
                  {draft.columns[c].map((row, i) => (
                    <TableRow key={row.name}>
                      <TableCell style={{ width: 40 }}><CheckBox id={`${c}-${row.name}`} checked={row.on} onChange={() => update((d) => { d.columns[c][i].on = !d.columns[c][i].on; })} /></TableCell>
                      <TableCell><label htmlFor={`${c}-${row.name}`} style={{ color: row.on ? undefined : '#898A9A' }}>{labelOf(row.name)}</label> <Text as="span" color="grey40" fontSize="sm">{row.name}</Text></TableCell>
                      <TableCell style={{ width: 110, whiteSpace: 'nowrap' }}>
                        <Button type="button" size="sm" variant="text" style={small} aria-label={`Move ${row.name} up`} disabled={i === 0} onClick={() => move(c, i, -1)}>↑</Button>
                        <Button type="button" size="sm" variant="text" style={small} aria-label={`Move ${row.name} down`} disabled={i === draft.columns[c].length - 1} onClick={() => move(c, i, 1)}>↓</Button>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
          ))}
          {tab === 'labels' && (
            <Box>
              <Text mb="default" color="grey60">Leave a label empty to keep the default (shown greyed).</Text>
              {screen.catalog.fields.map((f) => (
                <Box key={f.name} flex flexDirection="row" alignItems="center" mb="sm">
                  <Label htmlFor={`label-${f.name}`} mb="0" style={{ width: 220 }}>{f.name}</Label>
                  <Input id={`label-${f.name}`} placeholder={f.label} value={draft.labels[f.name] ?? ''} onChange={(e: React.ChangeEvent<HTMLInputElement>) => update((d) => { d.labels[f.name] = e.target.value; })} style={{ width: 320 }} />
                </Box>
              ))}
            </Box>
          )}
          {tab === 'actions' && (
            <Box>
            <Text mb="default" color="grey60">Untick a role to take the action from it, or &quot;On&quot; to turn the action off for everyone. A dash: the code does not allow that role, and a setting cannot add it.</Text>
            <Table>
              <TableHead><TableRow><TableCell>Action</TableCell><TableCell>On</TableCell>{ROLES.map((r) => <TableCell key={r}>{r.toLowerCase()}</TableCell>)}</TableRow></TableHead>
              <TableBody>
                {Object.entries(screen.catalog.actions).map(([name, declared]) => (
                  <TableRow key={name}>
                    <TableCell>{name}</TableCell>
                    <TableCell>{declared.length === 0 ? <Text as="span" color="grey60">off in the code</Text> : <input type="checkbox" style={tick} id={`action-${name}`} aria-label={`${name} on`} checked={draft.actions[name].enabled} onChange={() => update((d) => { d.actions[name].enabled = !d.actions[name].enabled; })} />}</TableCell>
                    {ROLES.map((role) => (
                      <TableCell key={role}>
                        {declared.includes(role)
                          ? <input type="checkbox" style={tick} id={`action-${name}-${role}`} aria-label={`${name} for ${role.toLowerCase()}`} checked={draft.actions[name].roles.includes(role)} disabled={!draft.actions[name].enabled} onChange={() => update((d) => { const a = d.actions[name]; a.roles = a.roles.includes(role) ? a.roles.filter((x) => x !== role) : [...a.roles, role]; })} />
                          : <Text as="span" color="grey40" title="The code does not allow this role">—</Text>}
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
                <Label htmlFor="screen-sort" mb="0" style={{ width: 180 }}>Default sort</Label>
                <select id="screen-sort" value={draft.sortBy} onChange={(e) => update((d) => { d.sortBy = e.target.value; })} style={{ padding: 6, minWidth: 220 }}>
                  <option value="">(first sortable column)</option>
                  {screen.catalog.fields.filter((f) => f.sortable).map((f) => <option key={f.name} value={f.name}>{labelOf(f.name)}</option>)}
                </select>
                <select aria-label="Sort direction" value={draft.direction} onChange={(e) => update((d) => { d.direction = e.target.value as 'asc' | 'desc'; })} style={{ padding: 6, marginLeft: 8 }}>
                  <option value="asc">ascending</option>
                  <option value="desc">descending</option>
                </select>
              </Box>
              <Box flex flexDirection="row" alignItems="center" mb="lg">
                <Label htmlFor="screen-per-page" mb="0" style={{ width: 180 }}>Rows per page</Label>
                <Input id="screen-per-page" type="number" min={1} max={500} value={draft.perPage} onChange={(e: React.ChangeEvent<HTMLInputElement>) => update((d) => { d.perPage = e.target.value; })} style={{ width: 120 }} />
              </Box>
              <Box flex flexDirection="row" alignItems="center" mb="lg">
                <Label htmlFor="screen-navigation" mb="0" style={{ width: 180 }}>Menu group</Label>
                <Input id="screen-navigation" value={draft.navigation} onChange={(e: React.ChangeEvent<HTMLInputElement>) => update((d) => { d.navigation = e.target.value; })} style={{ width: 260 }} />
              </Box>
            </Box>
          )}
          <Box flex flexDirection="row" mt="xl" style={{ gap: 12 }}>
            <Button type="button" variant="contained" disabled={busy} onClick={() => send(false)}>Save</Button>
            <Button type="button" variant="outlined" disabled={busy || !screen.version} onClick={() => send(true)}>Reset to default</Button>
          </Box>
        </>
      )}
      {screen && readOnly && (
        <Box>
          <H4 mb="default">{screen.catalog.resourceId}</H4>
          <H5 mb="default">Current settings (version {screen.version})</H5>
          {screen.summary.length === 0 ? <Text color="grey60">None: the code's defaults apply.</Text> : (
            <Box as="ul" data-testid="screen-summary" style={{ paddingLeft: 18 }}>{screen.summary.map((line, i) => <li key={i}><Text as="span">{line.replace(/^(.*?): default → /, '$1: ')}</Text></li>)}</Box>
          )}
        </Box>
      )}
      {screen && (
        <Box mt="xxl">
          <H5 mb="default">History</H5>
          {screen.history.length === 0 ? <Text color="grey60">No changes yet: this screen uses the code's defaults.</Text> : (
            <Table data-testid="screen-history">
              <TableHead><TableRow><TableCell>When</TableCell><TableCell>Who</TableCell><TableCell>What changed</TableCell></TableRow></TableHead>
              <TableBody>
                {screen.history.map((h) => (
                  <TableRow key={h.id}>
                    <TableCell style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>{new Date(h.createdAt).toLocaleString()}</TableCell>
                    <TableCell style={{ verticalAlign: 'top' }}>{h.staff ?? '(deleted account)'}</TableCell>
                    <TableCell>{h.reset ? <Text fontWeight="bold">Reset to default</Text> : null}{h.changes.map((line, i) => <Text key={i} fontSize="sm">{line}</Text>)}</TableCell>
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

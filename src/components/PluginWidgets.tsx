// The plugins' dashboard widgets (admin/widgets-route.ts): the ones this role may see, each drawn by
// the component its plugin registered, with the JSON its load() returned.
import React from 'react';
import { Box, Text } from '@adminjs/design-system';
import { useJson } from './use-dashboard.js';
import { useWords } from './use-words.js';

export interface WidgetInfo { id: string; title: string; component: string; plugin: string }
export interface WidgetProps<T = unknown> { data: T; widget: WidgetInfo; rootPath: string }

const registered = (name: string): React.ComponentType<WidgetProps> | undefined =>
  (window as unknown as { AdminJS?: { UserComponents?: Record<string, React.ComponentType<WidgetProps>> } }).AdminJS?.UserComponents?.[name];

const Widget: React.FC<{ widget: WidgetInfo; rootPath: string }> = ({ widget, rootPath }) => {
  const state = useJson<unknown>(`${rootPath}/api/dashboard/widgets/${encodeURIComponent(widget.id)}`);
  const Component = registered(widget.component);
  const { w } = useWords('PluginWidgets');
  // A plugin's widget titles come from its locales, under `widgets.<id>.title`; its English title otherwise.
  const title = useWords('widgets').w(`${widget.id}.title`, widget.title);
  return (
    <Box variant="white" padding="lg" data-widget={widget.id} style={{ borderRadius: 8, minWidth: 0 }}>
      <Text fontWeight="bold" mb="default">{title}</Text>
      {state.error ? <Text color="error">{state.error}</Text> : null}
      {state.loading && !state.data ? <Text color="grey60">{w('loading', 'Loading…')}</Text> : null}
      {state.data !== undefined && Component ? <Component data={state.data} widget={widget} rootPath={rootPath} /> : null}
      {state.data !== undefined && !Component ? <Text color="error">{w('missing', 'Component {{name}} is missing from the bundle.', { name: widget.component })}</Text> : null}
    </Box>
  );
};

export const PluginWidgets: React.FC<{ rootPath: string }> = ({ rootPath }) => {
  const list = useJson<{ widgets: WidgetInfo[] }>(`${rootPath}/api/dashboard/widgets`);
  const widgets = list.data?.widgets ?? [];
  if (!widgets.length) return null;
  return (
    <Box style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(380px, 1fr))', gap: 16 }} mb="xl">
      {widgets.map((w) => <Widget key={w.id} widget={w} rootPath={rootPath} />)}
    </Box>
  );
};

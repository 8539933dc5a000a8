// Sends an action's form to the server (one record or a selection), shows the server's notice and
// goes where it says; a refusal stays on the form with its message. One key per form: a double
// click is the same request, which the money services answer once.
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiClient, useNotice, type ActionProps } from 'adminjs';

const api = new ApiClient();

export function useActionSubmit({ action, resource, record, records }: ActionProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const idempotencyKey = useMemo(() => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`, []);
  const addNotice = useNotice();
  const navigate = useNavigate();

  const submit = async (fields: Record<string, string>) => {
    setBusy(true);
    setError(null);
    const data = new FormData();
    for (const [k, v] of Object.entries(fields)) data.set(k, v);
    data.set('idempotencyKey', idempotencyKey);
    try {
      const response =
        action.actionType === 'bulk'
          ? await api.bulkAction({ resourceId: resource.id, actionName: action.name, recordIds: (records ?? []).map((r) => r.id), data })
          : await api.recordAction({ resourceId: resource.id, recordId: record!.id, actionName: action.name, data });
      if (response.data.notice) addNotice(response.data.notice);
      if (response.data.redirectUrl) navigate(response.data.redirectUrl);
    } catch (e) {
      setError((e as { response?: { data?: { notice?: { message: string } } } }).response?.data?.notice?.message ?? 'Something went wrong; nothing was changed.');
      setBusy(false);
    }
  };
  return { busy, error, submit };
}

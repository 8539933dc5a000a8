// Counter answers a refused form with 422 (admin/form-refusals.ts); AdminJS's API client would read
// any non-2xx as "There was an error updating record". Here a 422 that carries a form's answer (record.errors) is
// handed back as that answer, so each message shows under its field. Loaded with the components
// bundle, before the first form is sent; the component itself shows nothing.
import { ApiClient } from 'adminjs';

type Call = (...args: unknown[]) => Promise<unknown>;
const prototype = ApiClient.prototype as unknown as Record<string, Call> & { counterReads422?: boolean };

if (!prototype.counterReads422) {
  prototype.counterReads422 = true;
  for (const name of ['resourceAction', 'recordAction', 'bulkAction']) {
    const original = prototype[name];
    if (typeof original !== 'function') continue;
    prototype[name] = async function (this: unknown, ...args: unknown[]) {
      try {
        return await original.apply(this, args);
      } catch (error) {
        const response = (error as { response?: { status?: number; data?: { record?: { errors?: object } } } }).response;
        if (response?.status === 422 && Object.keys(response.data?.record?.errors ?? {}).length > 0) return response;
        throw error;
      }
    };
  }
}

const FormRefusals = () => null;
export default FormRefusals;

// The fields an action's form shows: declared by the action on the server, drawn by the component.

export interface FormField {
  name: string;
  label: string;
  type: 'text' | 'money' | 'select' | 'checkbox' | 'textarea';
  options?: Array<{ value: string; label: string }>;
  defaultValue?: string | boolean;
  help?: string;
}

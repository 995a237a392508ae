import { createContext, useContext } from 'react';
import type { FieldErrors } from './field-errors.js';

/** What fields of one form need to show their errors and announce their labels for the summary. */
export type FormState = { errors: FieldErrors; labels: Map<string, string> };

export const FormContext = createContext<FormState>({ errors: {}, labels: new Map() });
export const useFormState = () => useContext(FormContext);

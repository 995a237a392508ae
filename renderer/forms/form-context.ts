import { createContext, useContext } from 'react';
import type { FieldErrors } from './field-errors.js';

/**
 * What fields of one form need: the errors to show, a place to announce their labels for the
 * summary, and `edited` to call on a change (an error the desk named goes once its field is changed).
 */
export type FormState = { errors: FieldErrors; labels: Map<string, string>; edited(name: string): void };

export const FormContext = createContext<FormState>({ errors: {}, labels: new Map(), edited: () => {} });
export const useFormState = () => useContext(FormContext);

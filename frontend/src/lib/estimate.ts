import type { ProjectInput } from '../gql/graphql';

export interface EstimateForm {
  region: string;
  date: string;
  kinds: string[];
  construction: string;
  amounts: { name: string; value: string }[];
  recognitions: string[];
}

/** The form as the API's ProjectInput: blank amounts dropped, digits only (spaces and commas removed). */
export function toProjectInput(form: EstimateForm): ProjectInput {
  const amounts = form.amounts
    .map((a) => ({ name: a.name, value: a.value.replace(/[\s,，_]/g, '') }))
    .filter((a) => a.value !== '');
  return {
    region: form.region,
    date: form.date,
    kinds: form.kinds,
    ...(form.construction ? { construction: form.construction } : {}),
    amounts,
    recognitions: form.recognitions,
  };
}

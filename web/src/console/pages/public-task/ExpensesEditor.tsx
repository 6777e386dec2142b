import {
  Button,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/ui.tsx';
import type { Expense, Report } from './types.ts';

const SOURCES = [
  'grant',
  'ownFunds',
  'recipientPayments',
  'otherPublic',
  'other',
  'personal',
  'inKind',
] as const;
type Money = 'planned' | (typeof SOURCES)[number];

const blank = (): Expense => ({
  name: '',
  category: 'actions',
  planned: null,
  grant: 0,
  ownFunds: 0,
  recipientPayments: 0,
  otherPublic: 0,
  other: 0,
  personal: 0,
  inKind: 0,
});

/**
 * Part II's costs, one line per kind of cost: its category, the amount in the agreement and what
 * each source paid, in złoty with grosze. The sums shown are the saved draft's, counted by the server.
 */
export function ExpensesEditor({
  expenses,
  totals,
  onChange,
}: {
  expenses: Expense[];
  totals: Report['totals'];
  onChange: (expenses: Expense[]) => void;
}) {
  const { t, i18n } = useTranslation('console');
  const decimal = i18n.language === 'en' ? '.' : ',';
  const update = (index: number, change: Partial<Expense>) =>
    onChange(expenses.map((line, at) => (at === index ? { ...line, ...change } : line)));
  const money = (index: number, field: Money) => {
    const value = (expenses[index] as Expense)[field];
    return (
      <NumberInput
        key={field}
        label={t(`publicTask.expense.${field}`)}
        value={value ?? ''}
        onChange={(next) => {
          // Mantine gives a string while a number is being typed ("120,50"): read it as one.
          const parsed = typeof next === 'number' ? next : Number(next.replace(/\s/g, '').replace(',', '.'));
          const empty = next === '' || !Number.isFinite(parsed);
          update(index, { [field]: empty ? (field === 'planned' ? null : 0) : parsed });
        }}
        min={0}
        decimalScale={2}
        decimalSeparator={decimal}
        hideControls
      />
    );
  };
  const amount = (value: number) => formatNumber(value, i18n.language, 2);
  return (
    <section aria-labelledby="expenses">
      <Text fw={600} id="expenses" mb={4}>
        {t('publicTask.expense.caption')}
      </Text>
      {expenses.length === 0 && <Text size="sm">{t('publicTask.expense.none')}</Text>}
      <Stack gap="sm">
        {expenses.map((line, index) => {
          const legend = t('publicTask.expense.legend', { number: index + 1 });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines have no id; their place is their identity
            <Fieldset key={index} legend={legend} variant="filled">
              <Group align="flex-end" mb="xs">
                <TextInput
                  label={t('publicTask.expense.name')}
                  value={line.name}
                  onChange={(event) => update(index, { name: event.currentTarget.value })}
                  required
                  w={320}
                />
                <NativeSelect
                  label={t('publicTask.expense.category')}
                  value={line.category}
                  onChange={(event) =>
                    update(index, { category: event.currentTarget.value as Expense['category'] })
                  }
                  data={[
                    { value: 'actions', label: t('publicTask.expense.categoryActions') },
                    { value: 'administrative', label: t('publicTask.expense.categoryAdministrative') },
                  ]}
                />
                <Button
                  variant="default"
                  onClick={() => onChange(expenses.filter((_, at) => at !== index))}
                  aria-label={t('publicTask.expense.remove', { name: line.name || legend })}
                >
                  {t('common.remove')}
                </Button>
              </Group>
              <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
                {(['planned', ...SOURCES] as const).map((field) => money(index, field))}
              </SimpleGrid>
            </Fieldset>
          );
        })}
      </Stack>
      <Button variant="default" mt="xs" onClick={() => onChange([...expenses, blank()])}>
        {t('publicTask.expense.add')}
      </Button>
      <Text size="sm" mt="xs">
        {t('publicTask.expense.totals', {
          planned: amount(totals.all.planned),
          actual: amount(totals.all.actual),
          grant: amount(totals.bySource.grant),
          other: amount(totals.otherFinancial),
          personal: amount(totals.personalAndInKind),
        })}
      </Text>
    </section>
  );
}

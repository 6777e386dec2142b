/** The skills volunteers and offers name, with their label in the page's language. */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { read } from '../../../api/client.ts';

export function useSkills() {
  return useQuery({
    queryKey: ['volunteer-skills'],
    queryFn: () => read('/api/volunteer-skills'),
    staleTime: Number.POSITIVE_INFINITY,
    select: (answer) => answer.items,
  });
}

export function useSkillLabel() {
  const { i18n } = useTranslation();
  const skills = useSkills();
  return (code: string) => {
    const skill = skills.data?.find((candidate) => candidate.code === code);
    return skill ? (i18n.language === 'en' ? skill.en : skill.pl) : code;
  };
}

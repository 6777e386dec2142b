import type { Messages } from './pl.ts';

export const en: Messages = {
  appName: 'Civitas',
  skipToContent: 'Skip to content',
  nav: {
    main: 'Main menu',
    home: 'Home',
    centers: 'Centres and rooms',
    calendar: 'Events calendar',
    knowledge: 'Knowledge base',
    volunteering: 'Volunteering',
    howToBorrow: 'How to borrow a room',
    contact: 'Contact',
    accessibility: 'Accessibility statement',
    myArea: 'My account',
    console: 'Staff console',
    signIn: 'Sign in',
    signUp: 'Sign up',
    signOut: 'Sign out',
  },
  language: { label: 'Language', pl: 'Polski', en: 'English', switchTo: 'Wersja polska' },
  signIn: {
    title: 'Sign in',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Sign in',
    failed: 'Could not sign in',
  },
  common: {
    loading: 'Loading…',
    error: 'Something went wrong. Please try again.',
    empty: 'Nothing here yet.',
    save: 'Save',
    cancel: 'Cancel',
    more: 'Show more',
    notFound: 'No such page.',
  },
};

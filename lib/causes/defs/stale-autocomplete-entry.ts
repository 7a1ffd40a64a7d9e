import { defineCause } from '../model';

export default defineCause({
  id: 'stale-autocomplete-entry',
  reason: 'userunknown',
  evidence: [
    // "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found" ; recipient shown as
    // "IMCEAEX-_o=ExchangeLabs_ou=Exchange+20Administrative+20Group…@eurprd04.prod.outlook.com"
    { phrases: ['exrecipnotfound', 'imceaex-', '_o=exchangelabs', 'legacyexchangedn', 'x500'] },
  ],
  temporary: false,
  whoActs: 'you',
  title: 'Outlook used an old saved copy of the address that no longer works',
  badge: 'Old address suggestion — how to fix',
  summary:
    'Outlook remembers addresses you typed before and suggests them as you type (the "autocomplete" list). The suggestion you picked points to an old internal version of this person\'s mailbox, which no longer exists, for example after their mailbox moved. The person is probably still reachable: remove the old suggestion and type the address in full.',
  fixes: [
    {
      client: 'outlook-classic',
      audience: 'sender',
      steps: [
        {
          text: 'Start a new message, type the first letters of the name, point at the suggestion and click the X next to it.',
        },
        { text: 'Type the full address by hand (or pick it from the address book) and send again.' },
      ],
    },
    {
      client: 'outlook-web',
      audience: 'sender',
      steps: [
        {
          text: 'Start typing the name in To, point at the wrong suggestion and select X (Remove from suggestions), then type the full address and send again.',
        },
      ],
    },
    {
      client: 'outlook-new',
      audience: 'sender',
      steps: [
        {
          text: 'Type the name in To, click the X next to the old suggestion, then type the full address and send again.',
        },
      ],
    },
    {
      client: 'outlook-mac',
      audience: 'sender',
      steps: [
        {
          text: 'Type the name in To, click the X (remove from recent addresses) next to the old suggestion, then type the full address.',
        },
      ],
    },
    {
      client: 'm365-admin',
      audience: 'admin',
      steps: [
        {
          text: "After migrations, add the old legacyExchangeDN as an X500 proxy address on the user's mailbox so old entries keep working.",
        },
      ],
    },
  ],
});

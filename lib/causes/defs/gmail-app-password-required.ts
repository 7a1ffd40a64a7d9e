import { defineCause } from '../model';

export default defineCause({
  id: 'gmail-app-password-required',
  reason: 'securityerror',
  evidence: [
    // "534-5.7.9 Application-specific password required. For more information, go to
    //  534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor - gsmtp"
    { phrases: ['application-specific password required', 'invalidsecondfactor'] },
    // "534-5.7.14 <https://accounts.google.com/signin/continue?…> Please log in via your web browser and
    //  534-5.7.14 then try again."
    { phrases: ['please log in via your web browser', 'please log in with your web browser', 'weblogin'] },
    { status: ['5.7.14'], reply: ['534'] },
  ],
  codeNotes: {
    '5.7.9': 'Google: this account needs an app password (or the Google sign-in) for mail apps.',
    '5.7.14': 'Google: sign in once through a web browser, then try again.',
  },
  temporary: false,
  whoActs: 'you',
  title: 'Google refused the sign-in from your mail app',
  badge: 'Google sign-in blocked — how to fix',
  summary:
    'Your mail app tried to send through your Google account with your normal password. Google did not accept that: either the account uses 2-Step Verification, so mail apps need a special "app password", or Google saw the sign-in as unusual and wants you to confirm it in a web browser first.',
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        {
          text: 'Sign in to Gmail once in a web browser on the same computer or phone and confirm any security prompt.',
        },
        {
          text: 'Best: remove the account from the mail app and add it again choosing "Google", which signs in through Google in a browser window.',
        },
        {
          text: 'If the app only accepts a password: create an app password in your Google Account (Security > 2-Step Verification > App passwords) and enter it in the app instead of your normal password.',
          link: 'google-app-passwords',
        },
      ],
    },
    {
      client: 'google-admin',
      audience: 'admin',
      steps: [
        {
          text: 'Workspace: apps that cannot use Google sign-in (OAuth) should send through the SMTP relay service (Apps > Google Workspace > Gmail > Routing > SMTP relay service).',
          link: 'gadmin-routing',
        },
      ],
    },
  ],
});

import { defineMessages } from '../../i18n/i18n.tsx';

export const appleCertificateMessages = defineMessages({
  fr: {
    title: 'Apple Wallet : votre propre certificat',
    intro:
      'Facultatif. Si votre entreprise a un compte développeur Apple, vos cartes Apple Wallet peuvent être émises à votre nom, avec votre certificat « Pass Type ID ».',
    usingServer:
      'Sans certificat à vous, vos cartes sont émises avec celui du service ({passTypeId}).',
    noServer:
      'Le service n’a pas de certificat Apple Wallet : sans le vôtre, la carte de vos clients ne propose pas « Ajouter à Apple Wallet ».',
    own: 'Vos cartes Apple Wallet sont émises avec votre certificat.',
    subject: 'Certificat',
    passTypeId: 'Pass Type ID',
    teamId: 'Team ID',
    expires: 'Valable jusqu’au',
    expiresSoon: 'Il expire dans moins de 30 jours : renouvelez-le sur le site Apple Developer.',
    replace: 'Remplacer le certificat',
    upload: 'Ajouter votre certificat',
    passTypeIdHint: 'Par exemple pass.fr.ma-boutique.fidelite',
    teamIdHint: 'Les 10 caractères de votre compte développeur, par exemple A1B2C3D4E5',
    certificate: 'Certificat (.p12, ou .pem)',
    certificateHint: 'Le fichier .p12 exporté du Trousseau, ou le certificat au format PEM',
    key: 'Clé privée (.pem)',
    keyHint: 'Seulement avec un certificat .pem',
    password: 'Mot de passe du fichier',
    passwordHint: 'Celui choisi à l’export du .p12, ou de la clé s’il y en a un',
    wwdr: 'Certificat intermédiaire Apple WWDR (facultatif)',
    wwdrHint: 'Le certificat « Worldwide Developer Relations » G4 d’Apple',
    wwdrRequiredHint:
      'Le certificat « Worldwide Developer Relations » G4 d’Apple : nécessaire, le service n’en a pas',
    save: 'Enregistrer le certificat',
    saved: 'Certificat enregistré.',
    remove: 'Retirer mon certificat',
    removed: 'Certificat retiré.',
    chooseFile: 'Choisissez le fichier du certificat',
  },
  en: {
    title: 'Apple Wallet: your own certificate',
    intro:
      'Optional. If your business has an Apple developer account, your Apple Wallet cards can be issued in your name, with your Pass Type ID certificate.',
    usingServer:
      'Without a certificate of your own, your cards are issued with the service’s ({passTypeId}).',
    noServer:
      'The service has no Apple Wallet certificate: without yours, your customers’ card does not offer “Add to Apple Wallet”.',
    own: 'Your Apple Wallet cards are issued with your certificate.',
    subject: 'Certificate',
    passTypeId: 'Pass Type ID',
    teamId: 'Team ID',
    expires: 'Valid until',
    expiresSoon: 'It expires within 30 days: renew it on the Apple Developer site.',
    replace: 'Replace the certificate',
    upload: 'Add your certificate',
    passTypeIdHint: 'For example pass.com.my-shop.loyalty',
    teamIdHint: 'The 10 characters of your developer account, for example A1B2C3D4E5',
    certificate: 'Certificate (.p12, or .pem)',
    certificateHint: 'The .p12 file exported from Keychain, or the certificate as PEM',
    key: 'Private key (.pem)',
    keyHint: 'Only with a .pem certificate',
    password: 'File password',
    passwordHint: 'The one chosen when exporting the .p12, or the key’s if it has one',
    wwdr: 'Apple WWDR intermediate certificate (optional)',
    wwdrHint: 'Apple’s Worldwide Developer Relations G4 certificate',
    wwdrRequiredHint:
      'Apple’s Worldwide Developer Relations G4 certificate: needed, the service has none',
    save: 'Save the certificate',
    saved: 'Certificate saved.',
    remove: 'Remove my certificate',
    removed: 'Certificate removed.',
    chooseFile: 'Choose the certificate file',
  },
});

import type { teamEn } from './teamEn';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/**
 * De Nederlandse teksten van de teamserver: het onderdeel van Instellingen, de uitkomst van een
 * synchronisatie en elke manier waarop de server kan falen.
 */
export const teamNl: Strings<typeof teamEn> = {
  title: 'Teamserver',
  intro:
    'De PostgreSQL-server van het bureau deelt de benchmarkpool en frameworkversies tussen de laptops van de consultants. De workbench wacht er nooit op: wijzigingen blijven hier klaarstaan en gaan mee bij de volgende synchronisatie.',
  server: 'Serveradres',
  serverHint: 'postgres://naam@host:5432/database — zonder wachtwoord',
  password: 'Wachtwoord',
  passwordHint: 'Bewaard in de sleutelhanger van het besturingssysteem, nooit in de database van de workbench.',
  passwordKept: 'Voor deze server is een wachtwoord bewaard.',
  passwordNotKept: 'Er is geen wachtwoord bewaard: vul het in om te verbinden.',
  connect: 'Verbinden',
  test: 'Verbinding testen',
  syncNow: 'Nu synchroniseren',
  testOk: '{{server}} bereikt als {{user}} (PostgreSQL {{serverVersion}}, teamschema {{schemaVersion}}, k = {{k}}).',
  testNotConsultant: 'De server is bereikt, maar {{user}} is geen consultant van het bureau.',
  connected: 'Verbonden met {{server}}.',
  state: 'Status',
  states: {
    not_connected: 'Geen teamserver ingesteld',
    never_synced: 'Verbonden, nog niet gesynchroniseerd',
    ok: 'Bijgewerkt',
    failed: 'Laatste synchronisatie mislukt',
  },
  lastSync: 'Laatste synchronisatie',
  never: 'nooit',
  moved: 'Wat er meeging',
  movedSummary: '{{pushed}} verstuurd, {{pulled}} ontvangen, {{withdrawn}} ingetrokken, {{conflicts}} conflicten',
  pending: 'Klaar om te versturen',
  pendingSummary: '{{records}} bijdragen, {{withdrawals}} intrekkingen, {{versions}} frameworkversies',
  teamRecords: 'Records van collega’s in de pool',
  synced:
    'Gesynchroniseerd: {{pushed}} verstuurd, {{pulled}} ontvangen, {{withdrawn}} ingetrokken, {{conflicts}} conflicten.',
  errors: {
    bad_address: 'Dit is geen serveradres. Schrijf het als postgres://naam@host:5432/database (zonder wachtwoord).',
    unreachable:
      'De teamserver is niet bereikbaar ({{server}}). Controleer het adres en het netwerk; de workbench werkt gewoon door en synchroniseert zodra de server er weer is.',
    credentials: 'De teamserver weigerde de naam of het wachtwoord. Controleer ze met uw beheerder.',
    certificate:
      'Het certificaat van de teamserver kon niet worden gecontroleerd, dus er is niets verstuurd. Vraag uw beheerder om het certificaat van het bureau (sslrootcert=BESTAND in het adres).',
    no_tls:
      'De teamserver biedt geen versleutelde verbinding, dus er is niets verstuurd. Vraag uw beheerder TLS aan te zetten.',
    not_initialized: 'De teamserver is nog niet ingericht. Uw beheerder voert uit: sxw team init --server ADRES',
    newer_schema:
      'De teamserver is ingericht door een nieuwere versie van SX Workbench (schema {{serverVersion}}, deze app kent {{appVersion}}). Werk de app bij; er is niets gewijzigd.',
    older_schema:
      'De teamserver heeft een ouder schema ({{serverVersion}}; deze app heeft {{appVersion}} nodig). Uw beheerder werkt hem bij met: sxw team init --server ADRES',
    permission:
      'Deze login hoort niet (meer) bij de consultants van het bureau op de teamserver, of mist het recht hiervoor.',
    connection_lost:
      'De verbinding met de teamserver werd verbroken. Hier is niets gewijzigd; de volgende synchronisatie maakt het werk af zonder dubbelingen.',
    invalid_record:
      'De teamserver bevat een record dat niet klopt ({{id}}), dus er is niets overgenomen. Meld het uw beheerder.',
    not_connected: 'Er is geen teamserver ingesteld. Verbind er eerst een: sxw team connect --server ADRES',
    bad_name:
      'Een consultantnaam bestaat uit kleine letters, cijfers, punten, streepjes of lage streepjes en begint met een letter.',
    server_error: 'De teamserver meldde een probleem: {{cause}}',
  },
};

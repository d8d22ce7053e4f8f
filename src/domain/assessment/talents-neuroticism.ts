import type { TFacetTalents } from "./talent-types";

/** Neuroticism facets. High scores are framed as sensitivity used well, low scores as steadiness. */
export const NEUROTICISM_TALENTS: readonly TFacetTalents[] = [
  {
    domain: "N",
    facet: 1,
    name: { nl: "Angst", fr: "Anxiété", en: "Anxiety" },
    high: {
      id: "risk-aware",
      name: { nl: "Risicobewust", fr: "Vigilance face aux risques", en: "Risk-aware" },
      description: {
        nl: "Ziet vroeg wat er mis kan gaan en bereidt zich daarop voor.",
        fr: "Repère tôt ce qui pourrait mal tourner et s'y prépare.",
        en: "Notices early what could go wrong and prepares for it.",
      },
    },
    low: {
      id: "calm-and-composed",
      name: { nl: "Rustig en sereen", fr: "Calme et sérénité", en: "Calm and composed" },
      description: {
        nl: "Blijft rustig in onzekere tijden en laat zich niet meeslepen door zorgen.",
        fr: "Reste calme dans l'incertitude sans se laisser gagner par l'inquiétude.",
        en: "Stays calm in uncertain times and does not get caught up in worry.",
      },
    },
  },
  {
    domain: "N",
    facet: 2,
    name: { nl: "Boosheid", fr: "Colère", en: "Anger" },
    high: {
      id: "passionate",
      name: { nl: "Gedreven en uitgesproken", fr: "Tempérament passionné", en: "Passionate" },
      description: {
        nl: "Reageert met vuur wanneer iets belangrijk is en maakt duidelijk wat niet kan.",
        fr: "Réagit avec énergie quand un enjeu compte et indique clairement ce qui est inacceptable.",
        en: "Reacts with energy when something matters and makes clear what is unacceptable.",
      },
    },
    low: {
      id: "even-tempered",
      name: { nl: "Geduldig", fr: "Patience et égalité d'humeur", en: "Even-tempered" },
      description: {
        nl: "Blijft geduldig en evenwichtig, ook wanneer anderen geïrriteerd raken.",
        fr: "Garde son calme et sa patience, même quand d'autres s'agacent.",
        en: "Stays patient and even-tempered, even when others get irritated.",
      },
    },
  },
  {
    domain: "N",
    facet: 3,
    name: { nl: "Neerslachtigheid", fr: "Humeur dépressive", en: "Depression" },
    high: {
      id: "realistic-and-reflective",
      name: { nl: "Realistisch en reflectief", fr: "Regard réaliste et réflexif", en: "Realistic and reflective" },
      description: {
        nl: "Neemt tegenslagen ernstig en denkt er eerlijk over na.",
        fr: "Prend les revers au sérieux et y réfléchit avec honnêteté.",
        en: "Takes setbacks seriously and reflects on them honestly.",
      },
    },
    low: {
      id: "self-assured",
      name: { nl: "Zelfverzekerd", fr: "Assurance tranquille", en: "Self-assured" },
      description: {
        nl: "Voelt zich goed in het eigen vel en houdt een positieve, stabiele stemming.",
        fr: "Se sent bien dans sa peau et garde une humeur positive et stable.",
        en: "Feels at ease with themselves and keeps a steady, positive mood.",
      },
    },
  },
  {
    domain: "N",
    facet: 4,
    name: { nl: "Verlegenheid", fr: "Timidité", en: "Self-consciousness" },
    high: {
      id: "tactful-and-observant",
      name: { nl: "Tactvol en opmerkzaam", fr: "Tact et sens de l'observation", en: "Tactful and observant" },
      description: {
        nl: "Is gevoelig voor hoe het eigen optreden overkomt en peilt een nieuwe groep eerst af.",
        fr: "Se soucie de l'image renvoyée et observe un nouveau groupe avant de se mettre en avant.",
        en: "Is sensitive to how they come across and reads a new group before stepping forward.",
      },
    },
    low: {
      id: "socially-at-ease",
      name: { nl: "Sociaal ontspannen", fr: "Aisance sociale", en: "Socially at ease" },
      description: {
        nl: "Stapt makkelijk op nieuwe mensen af en gaat vlot om met lastige situaties.",
        fr: "Aborde facilement de nouvelles personnes et gère avec aisance les situations délicates.",
        en: "Approaches new people easily and handles awkward situations with ease.",
      },
    },
  },
  {
    domain: "N",
    facet: 5,
    name: { nl: "Onmatigheid", fr: "Immodération", en: "Immoderation" },
    high: {
      id: "wholehearted-enjoyer",
      name: { nl: "Levensgenieter", fr: "Goût de l'instant", en: "Wholehearted enjoyer" },
      description: {
        nl: "Leeft in het moment en gaat voluit voor wat boeit.",
        fr: "Vit pleinement le moment présent et s'investit à fond dans ce qui lui plaît.",
        en: "Lives in the moment and throws themselves fully into what they enjoy.",
      },
    },
    low: {
      id: "self-controlled",
      name: { nl: "Beheerst", fr: "Maîtrise de soi", en: "Self-controlled" },
      description: {
        nl: "Weerstaat verleidingen makkelijk en houdt de lange termijn voor ogen.",
        fr: "Résiste facilement aux tentations et garde le long terme en vue.",
        en: "Resists temptations easily and keeps long-term goals in sight.",
      },
    },
  },
  {
    domain: "N",
    facet: 6,
    name: { nl: "Kwetsbaarheid", fr: "Vulnérabilité", en: "Vulnerability" },
    high: {
      id: "knows-when-to-ask-for-help",
      name: { nl: "Vraagt tijdig om steun", fr: "Sait demander de l'aide", en: "Knows when to ask for help" },
      description: {
        nl: "Merkt tijdig wanneer de druk te hoog wordt en schakelt dan hulp in.",
        fr: "Perçoit tôt quand la pression devient trop forte et fait appel à du soutien.",
        en: "Recognises early when pressure gets too high and calls in support.",
      },
    },
    low: {
      id: "steady-under-pressure",
      name: { nl: "Stressbestendig", fr: "Sang-froid sous pression", en: "Steady under pressure" },
      description: {
        nl: "Houdt het hoofd koel in een crisis en houdt de zaken onder controle.",
        fr: "Garde la tête froide en situation de crise et maîtrise la situation.",
        en: "Stays clear-headed in a crisis and keeps things under control.",
      },
    },
  },
];

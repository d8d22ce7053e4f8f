import { insertArticle, listArticles, replaceArticleVersions } from "../../db/insights-repo";
import type { TAppContext } from "../shared/context";

const NL = `Waarom hebben de meeste leer- en ontwikkelingsprogramma's een lage ROI? Uit gesprekken met L&D-managers in kleine en grote bedrijven komen twee vaststellingen naar voren.

## Twee vaststellingen

1. Programma's worden nog te vaak **niet op maat** uitgewerkt. Mensen volgen een training omdat die deel uitmaakt van een standaardprogramma — tijd- en geldverspilling, en een gemiste kans voor echte groei.
2. Veel programma's leggen de nadruk op de **zwakheden** van mensen.

## Twee adviezen

- **Ken eerst de sterktes.** Versterk mensen waar ze talent voor hebben, zodat ze erin uitblinken.
- **Kies voor à la carte.** Personaliseer het programma op basis van specifieke behoeften: dat motiveert en geeft meer impact.

> Talent × moeite = geweldige prestatie; zwakheden × moeite = minder zwak, maar nog altijd zwak.

Meer impact = hogere ROI. En die ROI meten we, met cijfers.`;

const FR = `Pourquoi la plupart des programmes de formation et de développement ont-ils un faible ROI ? Les échanges avec des responsables L&D de petites et grandes entreprises font apparaître deux constats.

## Deux constats

1. Les programmes sont encore trop souvent **standardisés**. On suit une formation parce qu'elle fait partie d'un programme standard — une perte de temps et d'argent, et une occasion manquée de vraie croissance.
2. Beaucoup de programmes mettent l'accent sur les **faiblesses** des personnes.

## Deux conseils

- **Connaître d'abord les forces.** Renforcez les personnes là où elles ont du talent, pour qu'elles y excellent.
- **Choisir l'à la carte.** Personnalisez le programme selon les besoins de chacun : c'est motivant et l'impact est plus grand.

> Talent × effort = performance remarquable ; faiblesse × effort = moins faible, mais toujours faible.

Plus d'impact = meilleur ROI. Et ce ROI, nous le mesurons, chiffres à l'appui.`;

const EN = `Why do most learning and development programmes have a low return on investment? Conversations with L&D managers in small and large companies point to two findings.

## Two findings

1. Programmes are still too often **not tailored**. People follow training because it is part of a standard programme — a waste of time and money, and a missed chance for real growth.
2. Many programmes put the emphasis on people's **weaknesses**.

## Two pieces of advice

- **Know the strengths first.** Strengthen people where they have talent, so that they excel.
- **Go à la carte.** Personalise the programme to specific needs: it motivates people and has more impact.

> Talent × effort = great performance; weakness × effort = less weak, but still weak.

More impact = higher ROI. And we measure that ROI, with numbers.`;

/** Puts one published article (the argument of the seed, in nl/fr/en) on an empty insights site. */
export async function seedDemoArticle(ctx: Pick<TAppContext, "db" | "now">): Promise<void> {
  if ((await listArticles(ctx.db, 1)).length > 0) return;
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const article = await insertArticle(tx, {
      slug: "low-roi-of-learning-programmes",
      author: "Sterk",
      status: "published",
      publishedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    if (!article) return;
    await replaceArticleVersions(
      tx,
      article.id,
      [
        { language: "nl", title: "De lage ROI van leer- en ontwikkelingsprogramma's", summary: "Waarom de meeste programma's weinig opbrengen, en twee adviezen: eerst de sterktes, en à la carte.", bodyMarkdown: NL },
        { language: "fr", title: "Le faible ROI des programmes de formation", summary: "Pourquoi la plupart des programmes rapportent peu, et deux conseils : d'abord les forces, et l'à la carte.", bodyMarkdown: FR },
        { language: "en", title: "The low ROI of learning and development programmes", summary: "Why most programmes return little, and two pieces of advice: strengths first, and à la carte.", bodyMarkdown: EN },
      ],
      now,
    );
  });
}

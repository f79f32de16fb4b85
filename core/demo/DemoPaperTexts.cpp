// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoPaperTexts.h"

#include <cstring>

namespace spil {

namespace {

const char *const kMinutes[] = {
    "Notulen van de vorige vergadering van de raad van bestuur",
    "Aanwezig: Maarten Verhoeven (voorzitter), Ingrid Smit, Joris Mulder. Notulist: Sanne "
    "Bakker. Afwezig met kennisgeving: geen.",
    "1. Opening en mededelingen. De voorzitter opent de vergadering om 10.00 uur en heet "
    "iedereen welkom. De verhuizing naar de Maliebaan ligt op schema; de sleuteloverdracht is "
    "bevestigd.",
    "2. Kwartaalcijfers. De omzet over het derde kwartaal ligt 4 procent boven de begroting. "
    "De kosten voor inhuur zijn hoger dan gepland door de ziekte van twee collega's. Besluit: "
    "de raad neemt de cijfers voor kennisgeving aan.",
    "3. Jaarplan 2027, eerste bespreking. Maarten Verhoeven licht de hoofdlijnen toe: groei "
    "in de zorgsector, een tweede vestiging onderzoeken en de dienstverlening digitaliseren. "
    "Ingrid Smit vraagt om een marktanalyse als onderbouwing bij de volgende versie.",
    "Actiepunten: Maarten Verhoeven laat een marktanalyse opstellen voor de volgende "
    "vergadering. Sanne Bakker verzamelt de stukken en stuurt ze uiterlijk drie werkdagen "
    "vooraf rond.",
    "4. Rondvraag en sluiting. Er zijn geen vragen. De voorzitter sluit de vergadering om "
    "11.40 uur.",
};

const char *const kMarket[] = {
    "Marktanalyse 2027",
    "Samenvatting. De vraag naar ondersteuning van bestuur en directie groeit, vooral in de "
    "zorg en bij middelgrote gemeenten. Wij verwachten voor 2027 een groei van de markt met "
    "6 tot 8 procent. Onze positie is sterk in de regio Utrecht en zwak daarbuiten.",
    "1. De markt. Organisaties besteden het secretariaat steeds vaker deels uit, maar houden "
    "de ondersteuning van de directie zelf in handen. Zij zoeken mensen en middelen die "
    "vertrouwelijk werk aankunnen en die snel inzetbaar zijn bij pieken, zoals een verhuizing "
    "of een fusie.",
    "2. Klanten. Onze twintig grootste klanten zorgen samen voor 61 procent van de omzet. "
    "Vijf van hen zitten in de zorg, vier bij gemeenten. Drie klanten hebben aangegeven in "
    "2027 meer te willen afnemen; een klant heeft zijn contract opgezegd na een fusie.",
    "3. Concurrentie. Twee landelijke bureaus bieden vergelijkbare diensten tegen een lager "
    "uurtarief, maar zonder vaste contactpersoon. Klanten noemen juist de vaste secretaresse "
    "en de korte lijnen als reden om voor ons te kiezen.",
    "4. Kansen. Een tweede vestiging in Amersfoort of Zwolle brengt ons dichter bij de "
    "klanten in het oosten. Digitale diensten, zoals een gedeelde agenda en takenlijst voor "
    "directie en secretariaat, maken het werk op afstand mogelijk en verlagen de reistijd.",
    "5. Risico's. De krapte op de arbeidsmarkt maakt het werven van ervaren "
    "directiesecretaresses moeilijk. Wij stellen voor de opleiding van eigen mensen uit te "
    "breiden en het salarisbeleid te herzien (zie het voorstel beloning).",
    "6. Aanbevelingen. Wij raden aan: de groei te richten op de zorg en gemeenten; in het "
    "tweede kwartaal een besluit te nemen over een tweede vestiging; en in digitale "
    "ondersteuning te investeren binnen de begroting 2027.",
    "Bijlage: cijfers per sector. Zorg: 31 procent van de omzet, groei 9 procent. "
    "Gemeenten: 22 procent, groei 6 procent. Zakelijke dienstverlening: 28 procent, groei 3 "
    "procent. Overig: 19 procent, geen groei.",
    "Bronnen: gesprekken met klanten in het derde kwartaal, jaarverslagen van de "
    "concurrenten en cijfers van de brancheorganisatie.",
};

const char *const kPay[] = {
    "Voorstel beloning directie 2027",
    "Vertrouwelijk. Alleen voor de leden van de raad van bestuur.",
    "Aanleiding. De beloning van de directie is sinds 2024 niet aangepast. Een vergelijking "
    "met twaalf organisaties van vergelijkbare omvang laat zien dat het vaste salaris 7 "
    "procent onder de mediaan ligt.",
    "Voorstel. Het vaste salaris per 1 januari 2027 met 4 procent te verhogen en de variabele "
    "beloning te koppelen aan drie doelen uit het jaarplan: groei in de zorg, "
    "klanttevredenheid en het behoud van medewerkers.",
    "Kosten. De verhoging kost in 2027 in totaal € 38.000, inclusief werkgeverslasten. Dit "
    "bedrag is opgenomen in de concept-begroting.",
    "Gevraagd besluit. De raad stemt in met het voorstel en vraagt de voorzitter het met de "
    "betrokkenen te bespreken.",
};

template <std::size_t N> QStringList lines(const char *const (&text)[N])
{
    QStringList out;
    for (const char *line : text)
        out << QString::fromUtf8(line);
    return out;
}

} // namespace

QStringList demoPaperText(const char *title)
{
    if (std::strcmp(title, "Notulen vorige vergadering") == 0)
        return lines(kMinutes);
    if (std::strcmp(title, "Marktanalyse 2027") == 0)
        return lines(kMarket);
    if (std::strcmp(title, "Voorstel beloning 2027") == 0)
        return lines(kPay);
    return {};
}

} // namespace spil

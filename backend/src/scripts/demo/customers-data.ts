/**
 * The demo's shoppers: French, Belgian and German, each with a phone and a default shipping address.
 * Phone numbers are in the blocks regulators reserve for fiction where one exists
 * (France 06 39 98, Berlin 030 23125); the others are made up.
 */

export type DemoCustomer = {
  first_name: string
  last_name: string
  email: string
  phone: string
  address: {
    address_1: string
    city: string
    postal_code: string
    country_code: string
  }
}

export const DEMO_CUSTOMERS: DemoCustomer[] = [
  {
    first_name: "Camille",
    last_name: "Martin",
    email: "camille.martin@example.com",
    phone: "+33 6 39 98 01 01",
    address: { address_1: "12 Rue de Bretagne", city: "Paris", postal_code: "75003", country_code: "fr" },
  },
  {
    first_name: "Julien",
    last_name: "Bernard",
    email: "julien.bernard@example.com",
    phone: "+33 6 39 98 01 02",
    address: { address_1: "5 Rue Mercière", city: "Lyon", postal_code: "69002", country_code: "fr" },
  },
  {
    first_name: "Léa",
    last_name: "Girard",
    email: "lea.girard@example.com",
    phone: "+33 6 39 98 01 03",
    address: { address_1: "31 Rue Esquermoise", city: "Lille", postal_code: "59800", country_code: "fr" },
  },
  {
    first_name: "Thomas",
    last_name: "Lefèvre",
    email: "thomas.lefevre@example.com",
    phone: "+33 6 39 98 01 04",
    address: { address_1: "8 Cours de l'Intendance", city: "Bordeaux", postal_code: "33000", country_code: "fr" },
  },
  {
    first_name: "Manon",
    last_name: "Moreau",
    email: "manon.moreau@example.com",
    phone: "+33 6 39 98 01 05",
    address: { address_1: "14 Rue Crébillon", city: "Nantes", postal_code: "44000", country_code: "fr" },
  },
  {
    first_name: "Hugo",
    last_name: "Laurent",
    email: "hugo.laurent@example.com",
    phone: "+33 6 39 98 01 06",
    address: { address_1: "22 Rue d'Alsace-Lorraine", city: "Toulouse", postal_code: "31000", country_code: "fr" },
  },
  {
    first_name: "Chloé",
    last_name: "Dubois",
    email: "chloe.dubois@example.com",
    phone: "+33 6 39 98 01 07",
    address: { address_1: "3 Rue des Martyrs", city: "Paris", postal_code: "75009", country_code: "fr" },
  },
  {
    first_name: "Nicolas",
    last_name: "Fournier",
    email: "nicolas.fournier@example.com",
    phone: "+33 6 39 98 01 08",
    address: { address_1: "17 Rue du Vieux-Port", city: "Marseille", postal_code: "13002", country_code: "fr" },
  },
  {
    first_name: "Sarah",
    last_name: "Mercier",
    email: "sarah.mercier@example.com",
    phone: "+33 6 39 98 01 09",
    address: { address_1: "9 Rue des Hallebardes", city: "Strasbourg", postal_code: "67000", country_code: "fr" },
  },
  {
    first_name: "Antoine",
    last_name: "Rousseau",
    email: "antoine.rousseau@example.com",
    phone: "+33 6 39 98 01 10",
    address: { address_1: "40 Rue de la Charité", city: "Lyon", postal_code: "69002", country_code: "fr" },
  },
  {
    first_name: "Mathilde",
    last_name: "Garnier",
    email: "mathilde.garnier@example.com",
    phone: "+33 6 39 98 01 11",
    address: { address_1: "6 Place du Théâtre", city: "Lille", postal_code: "59800", country_code: "fr" },
  },
  {
    first_name: "Inès",
    last_name: "Faure",
    email: "ines.faure@example.com",
    phone: "+33 6 39 98 01 12",
    address: { address_1: "27 Rue Oberkampf", city: "Paris", postal_code: "75011", country_code: "fr" },
  },
  {
    first_name: "Lucas",
    last_name: "Peeters",
    email: "lucas.peeters@example.com",
    phone: "+32 470 10 20 01",
    address: { address_1: "Rue du Marché au Charbon 41", city: "Bruxelles", postal_code: "1000", country_code: "be" },
  },
  {
    first_name: "Marie",
    last_name: "Janssens",
    email: "marie.janssens@example.com",
    phone: "+32 470 10 20 02",
    address: { address_1: "Kammenstraat 18", city: "Antwerpen", postal_code: "2000", country_code: "be" },
  },
  {
    first_name: "Élise",
    last_name: "Dupont",
    email: "elise.dupont@example.com",
    phone: "+32 470 10 20 03",
    address: { address_1: "Avenue Louise 120", city: "Bruxelles", postal_code: "1050", country_code: "be" },
  },
  {
    first_name: "Maxime",
    last_name: "Claes",
    email: "maxime.claes@example.com",
    phone: "+32 470 10 20 04",
    address: { address_1: "Rue Saint-Gilles 12", city: "Liège", postal_code: "4000", country_code: "be" },
  },
  {
    first_name: "Sofie",
    last_name: "Maes",
    email: "sofie.maes@example.com",
    phone: "+32 470 10 20 05",
    address: { address_1: "Veldstraat 55", city: "Gent", postal_code: "9000", country_code: "be" },
  },
  {
    first_name: "Lena",
    last_name: "Schmidt",
    email: "lena.schmidt@example.com",
    phone: "+49 30 23125 201",
    address: { address_1: "Kastanienallee 32", city: "Berlin", postal_code: "10435", country_code: "de" },
  },
  {
    first_name: "Jonas",
    last_name: "Müller",
    email: "jonas.mueller@example.com",
    phone: "+49 30 23125 202",
    address: { address_1: "Bergmannstraße 9", city: "Berlin", postal_code: "10961", country_code: "de" },
  },
  {
    first_name: "Anna",
    last_name: "Schneider",
    email: "anna.schneider@example.com",
    phone: "+49 89 1234 5603",
    address: { address_1: "Gärtnerplatz 4", city: "München", postal_code: "80469", country_code: "de" },
  },
  {
    first_name: "Felix",
    last_name: "Weber",
    email: "felix.weber@example.com",
    phone: "+49 40 1234 5604",
    address: { address_1: "Schanzenstraße 71", city: "Hamburg", postal_code: "20357", country_code: "de" },
  },
  {
    first_name: "Clara",
    last_name: "Fischer",
    email: "clara.fischer@example.com",
    phone: "+49 221 1234 5605",
    address: { address_1: "Ehrenstraße 28", city: "Köln", postal_code: "50672", country_code: "de" },
  },
]

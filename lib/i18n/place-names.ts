// Places as a reader of each language names them: the capitals the finder measures from and the cities of the
// records. The records keep one English schema ("Athens", "Vienna"); a page shows the name its language uses (Αθήνα,
// Atene, Atény, Wenen), else the place's own name, never the English one where the language has its own.
//
// Sources: capitals from the Interinstitutional Style Guide of the Publications Office of the EU, Annex A5 "List of
// countries, territories and currencies" in each language (style-guide.europa.eu); other cities from the labels of
// their Wikidata items in each language (the titles of the Wikipedias in those languages). Looked up to confirm:
// Jülich (fr Juliers, lt Julichas), Groningen (el Χρόνινγκεν), Kajaani. A language missing from an entry writes
// the place's own name (`local`); Brussels's own name is both of its official ones.
import { DEFAULT_LOCALE, PSEUDO_LOCALE, type PageLocale, type Locale } from './locales';

interface PlaceNames {
  /** The name in the place's own language (or languages). */
  local: string;
}

const PLACES: Record<string, PlaceNames & Partial<Record<Locale, string>>> = {
  Vienna: { local: 'Wien', fr: 'Vienne', it: 'Vienna', es: 'Viena', pl: 'Wiedeń', nl: 'Wenen', el: 'Βιέννη', cs: 'Vídeň', bg: 'Виена', ro: 'Viena', sl: 'Dunaj', lt: 'Viena' },
  Brussels: { local: 'Bruxelles/Brussel', de: 'Brüssel', fr: 'Bruxelles', it: 'Bruxelles', es: 'Bruselas', pl: 'Bruksela', nl: 'Brussel', sv: 'Bryssel', fi: 'Bryssel', el: 'Βρυξέλλες', cs: 'Brusel', bg: 'Брюксел', ro: 'Bruxelles', sl: 'Bruselj', lt: 'Briuselis' },
  Sofia: { local: 'София', de: 'Sofia', fr: 'Sofia', it: 'Sofia', es: 'Sofía', pl: 'Sofia', nl: 'Sofia', sv: 'Sofia', fi: 'Sofia', el: 'Σόφια', cs: 'Sofie', ro: 'Sofia', sl: 'Sofija', lt: 'Sofija' },
  Zagreb: { local: 'Zagreb', it: 'Zagabria', el: 'Ζάγκρεμπ', bg: 'Загреб', lt: 'Zagrebas' },
  Nicosia: { local: 'Λευκωσία', de: 'Nikosia', fr: 'Nicosie', it: 'Nicosia', es: 'Nicosia', pl: 'Nikozja', nl: 'Nicosia', sv: 'Nicosia', fi: 'Nikosia', cs: 'Nikósie', bg: 'Никозия', ro: 'Nicosia', sl: 'Nikozija', lt: 'Nikosija' },
  Prague: { local: 'Praha', de: 'Prag', fr: 'Prague', it: 'Praga', es: 'Praga', pl: 'Praga', nl: 'Praag', sv: 'Prag', el: 'Πράγα', bg: 'Прага', ro: 'Praga', sl: 'Praga' },
  Copenhagen: { local: 'København', de: 'Kopenhagen', fr: 'Copenhague', it: 'Copenaghen', es: 'Copenhague', pl: 'Kopenhaga', nl: 'Kopenhagen', sv: 'Köpenhamn', fi: 'Kööpenhamina', el: 'Κοπεγχάγη', cs: 'Kodaň', bg: 'Копенхаген', ro: 'Copenhaga', lt: 'Kopenhaga' },
  Tallinn: { local: 'Tallinn', fi: 'Tallinna', el: 'Ταλίν', bg: 'Талин', sl: 'Talin', lt: 'Talinas' },
  Helsinki: { local: 'Helsinki', sv: 'Helsingfors', el: 'Ελσίνκι', bg: 'Хелзинки', lt: 'Helsinkis' },
  Paris: { local: 'Paris', it: 'Parigi', es: 'París', pl: 'Paryż', nl: 'Parijs', fi: 'Pariisi', el: 'Παρίσι', cs: 'Paříž', bg: 'Париж', sl: 'Pariz', lt: 'Paryžius' },
  Berlin: { local: 'Berlin', it: 'Berlino', es: 'Berlín', nl: 'Berlijn', fi: 'Berliini', el: 'Βερολίνο', cs: 'Berlín', bg: 'Берлин', lt: 'Berlynas' },
  Athens: { local: 'Αθήνα', de: 'Athen', fr: 'Athènes', it: 'Atene', es: 'Atenas', pl: 'Ateny', nl: 'Athene', sv: 'Aten', fi: 'Ateena', cs: 'Atény', bg: 'Атина', ro: 'Atena', sl: 'Atene', lt: 'Atėnai' },
  Budapest: { local: 'Budapest', pl: 'Budapeszt', el: 'Βουδαπέστη', cs: 'Budapešť', bg: 'Будапеща', ro: 'Budapesta', sl: 'Budimpešta', lt: 'Budapeštas' },
  Dublin: { local: 'Dublin', it: 'Dublino', es: 'Dublín', el: 'Δουβλίνο', bg: 'Дъблин', lt: 'Dublinas' },
  Rome: { local: 'Roma', de: 'Rom', fr: 'Rome', pl: 'Rzym', nl: 'Rome', sv: 'Rom', fi: 'Rooma', el: 'Ρώμη', cs: 'Řím', bg: 'Рим', sl: 'Rim' },
  Riga: { local: 'Rīga', de: 'Riga', fr: 'Riga', it: 'Riga', es: 'Riga', pl: 'Ryga', nl: 'Riga', sv: 'Riga', fi: 'Riika', el: 'Ρίγα', cs: 'Riga', bg: 'Рига', ro: 'Riga', sl: 'Riga', lt: 'Ryga' },
  Vilnius: { local: 'Vilnius', es: 'Vilna', pl: 'Wilno', fi: 'Vilna', el: 'Βίλνιους', bg: 'Вилнюс', sl: 'Vilna' },
  Luxembourg: { local: 'Luxembourg', de: 'Luxemburg', it: 'Lussemburgo', es: 'Luxemburgo', pl: 'Luksemburg', nl: 'Luxemburg', sv: 'Luxemburg', fi: 'Luxemburg', el: 'Λουξεμβούργο', cs: 'Lucemburk', bg: 'Люксембург', ro: 'Luxemburg', lt: 'Liuksemburgas' },
  Valletta: { local: 'Valletta', fr: 'La Valette', it: 'La Valletta', es: 'La Valeta', el: 'Βαλέτα', bg: 'Валета', lt: 'Valeta' },
  Amsterdam: { local: 'Amsterdam', es: 'Ámsterdam', el: 'Άμστερνταμ', bg: 'Амстердам', lt: 'Amsterdamas' },
  Warsaw: { local: 'Warszawa', de: 'Warschau', fr: 'Varsovie', it: 'Varsavia', es: 'Varsovia', nl: 'Warschau', fi: 'Varsova', el: 'Βαρσοβία', cs: 'Varšava', bg: 'Варшава', ro: 'Varșovia', sl: 'Varšava', lt: 'Varšuva' },
  Lisbon: { local: 'Lisboa', de: 'Lissabon', fr: 'Lisbonne', it: 'Lisbona', pl: 'Lizbona', nl: 'Lissabon', sv: 'Lissabon', fi: 'Lissabon', el: 'Λισαβόνα', cs: 'Lisabon', bg: 'Лисабон', ro: 'Lisabona', sl: 'Lizbona', lt: 'Lisabona' },
  Bucharest: { local: 'București', de: 'Bukarest', fr: 'Bucarest', it: 'Bucarest', es: 'Bucarest', pl: 'Bukareszt', nl: 'Boekarest', sv: 'Bukarest', fi: 'Bukarest', el: 'Βουκουρέστι', cs: 'Bukurešť', bg: 'Букурещ', sl: 'Bukarešta', lt: 'Bukareštas' },
  Bratislava: { local: 'Bratislava', el: 'Μπρατισλάβα', bg: 'Братислава' },
  Ljubljana: { local: 'Ljubljana', it: 'Lubiana', pl: 'Lublana', cs: 'Lublaň', el: 'Λιουμπλιάνα', bg: 'Любляна', lt: 'Liubliana' },
  Madrid: { local: 'Madrid', el: 'Μαδρίτη', bg: 'Мадрид', lt: 'Madridas' },
  Stockholm: { local: 'Stockholm', it: 'Stoccolma', es: 'Estocolmo', pl: 'Sztokholm', fi: 'Tukholma', el: 'Στοκχόλμη', bg: 'Стокхолм', lt: 'Stokholmas' },
  Reykjavík: { local: 'Reykjavík', es: 'Reikiavik', el: 'Ρέικιαβικ', bg: 'Рейкявик', lt: 'Reikjavikas' },
  Vaduz: { local: 'Vaduz', el: 'Βαντούζ', bg: 'Вадуц', lt: 'Vaducas' },
  Oslo: { local: 'Oslo', el: 'Όσλο', bg: 'Осло' },
  Bern: { local: 'Bern', fr: 'Berne', it: 'Berna', es: 'Berna', pl: 'Berno', el: 'Βέρνη', bg: 'Берн', ro: 'Berna', lt: 'Bernas' },
  London: { local: 'London', fr: 'Londres', it: 'Londra', es: 'Londres', pl: 'Londyn', nl: 'Londen', fi: 'Lontoo', el: 'Λονδίνο', cs: 'Londýn', bg: 'Лондон', ro: 'Londra', lt: 'Londonas' },
  Tirana: { local: 'Tiranë', de: 'Tirana', fr: 'Tirana', it: 'Tirana', es: 'Tirana', pl: 'Tirana', nl: 'Tirana', sv: 'Tirana', fi: 'Tirana', el: 'Τίρανα', cs: 'Tirana', bg: 'Тирана', ro: 'Tirana', sl: 'Tirana', lt: 'Tirana' },
  Sarajevo: { local: 'Sarajevo', pl: 'Sarajewo', el: 'Σαράγεβο', bg: 'Сараево', lt: 'Sarajevas' },
  Podgorica: { local: 'Podgorica', el: 'Ποντγκόριτσα', bg: 'Подгорица' },
  Skopje: { local: 'Скопје', de: 'Skopje', fr: 'Skopje', it: 'Skopje', es: 'Skopie', pl: 'Skopje', nl: 'Skopje', sv: 'Skopje', fi: 'Skopje', el: 'Σκόπια', cs: 'Skopje', bg: 'Скопие', ro: 'Skopje', sl: 'Skopje', lt: 'Skopjė' },
  Belgrade: { local: 'Београд', de: 'Belgrad', fr: 'Belgrade', it: 'Belgrado', es: 'Belgrado', pl: 'Belgrad', nl: 'Belgrado', sv: 'Belgrad', fi: 'Belgrad', el: 'Βελιγράδι', cs: 'Bělehrad', bg: 'Белград', ro: 'Belgrad', sl: 'Beograd', lt: 'Belgradas' },
  Pristina: { local: 'Prishtinë', de: 'Pristina', fr: 'Pristina', it: 'Pristina', es: 'Pristina', pl: 'Prisztina', nl: 'Pristina', sv: 'Pristina', fi: 'Pristina', el: 'Πρίστινα', cs: 'Priština', bg: 'Прищина', ro: 'Pristina', sl: 'Priština', lt: 'Priština' },
  Kyiv: { local: 'Київ', de: 'Kyjiw', fr: 'Kyiv', it: 'Kiev', es: 'Kiev', pl: 'Kijów', nl: 'Kyiv', sv: 'Kyiv', fi: 'Kiova', el: 'Κίεβο', cs: 'Kyjev', bg: 'Киев', ro: 'Kiev', sl: 'Kijev', lt: 'Kyjivas' },
  Chișinău: { local: 'Chișinău', es: 'Chisináu', pl: 'Kiszyniów', el: 'Κισινάου', cs: 'Kišiněv', bg: 'Кишинев', sl: 'Kišinjev', lt: 'Kišiniovas' },
  Ankara: { local: 'Ankara', el: 'Άγκυρα', bg: 'Анкара' },
  Tbilisi: { local: 'თბილისი', de: 'Tiflis', fr: 'Tbilissi', it: 'Tbilisi', es: 'Tiflis', pl: 'Tbilisi', nl: 'Tbilisi', sv: 'Tbilisi', fi: 'Tbilisi', el: 'Τιφλίδα', cs: 'Tbilisi', bg: 'Тбилиси', ro: 'Tbilisi', sl: 'Tbilisi', lt: 'Tbilisis' },
  Yerevan: { local: 'Երևան', de: 'Jerewan', fr: 'Erevan', it: 'Erevan', es: 'Ereván', pl: 'Erywań', nl: 'Jerevan', sv: 'Jerevan', fi: 'Jerevan', el: 'Ερεβάν', cs: 'Jerevan', bg: 'Ереван', ro: 'Erevan', sl: 'Erevan', lt: 'Jerevanas' },
  'Andorra la Vella': { local: 'Andorra la Vella', fr: 'Andorre-la-Vieille', es: 'Andorra la Vieja', el: 'Ανδόρρα λα Βέγια', bg: 'Андора ла Веля' },
  Monaco: { local: 'Monaco', es: 'Mónaco', pl: 'Monako', el: 'Μονακό', cs: 'Monako', bg: 'Монако', sl: 'Monako', lt: 'Monakas' },
  'San Marino': { local: 'San Marino', fr: 'Saint-Marin', el: 'Άγιος Μαρίνος', bg: 'Сан Марино', lt: 'San Marinas' },
  'Vatican City': { local: 'Città del Vaticano', de: 'Vatikanstadt', fr: 'Cité du Vatican', es: 'Ciudad del Vaticano', pl: 'Watykan', nl: 'Vaticaanstad', sv: 'Vatikanstaten', fi: 'Vatikaani', el: 'Βατικανό', cs: 'Vatikán', bg: 'Ватикан', ro: 'Vatican', sl: 'Vatikan', lt: 'Vatikanas' },
  Barcelona: { local: 'Barcelona', fr: 'Barcelone', it: 'Barcellona', el: 'Βαρκελώνη', bg: 'Барселона', lt: 'Barselona' },
  Bissen: { local: 'Bissen', el: 'Μπίσεν', bg: 'Бисен' },
  Bologna: { local: 'Bologna', fr: 'Bologne', es: 'Bolonia', pl: 'Bolonia', cs: 'Boloňa', el: 'Μπολόνια', bg: 'Болоня', lt: 'Bolonija' },
  Galway: { local: 'Galway', el: 'Γκόλγουεϊ', bg: 'Голуей', lt: 'Golvėjus' },
  Groningen: { local: 'Groningen', fr: 'Groningue', el: 'Χρόνινγκεν', bg: 'Грьонинген', lt: 'Groningenas' },
  Jülich: { local: 'Jülich', fr: 'Juliers', el: 'Γιούλιχ', bg: 'Юлих', lt: 'Julichas' },
  Kajaani: { local: 'Kajaani', sv: 'Kajana', el: 'Καγιάανι', bg: 'Каяни', lt: 'Kajanis' },
  Kraków: { local: 'Kraków', de: 'Krakau', fr: 'Cracovie', it: 'Cracovia', es: 'Cracovia', nl: 'Krakau', fi: 'Krakova', el: 'Κρακοβία', cs: 'Krakov', bg: 'Краков', ro: 'Cracovia', sl: 'Krakov', lt: 'Krokuva' },
  Leuven: { local: 'Leuven', de: 'Löwen', fr: 'Louvain', es: 'Lovaina', it: 'Lovanio', el: 'Λουβέν', cs: 'Lovaň', bg: 'Льовен', lt: 'Levenas' },
  Linköping: { local: 'Linköping', el: 'Λίνσεπινγκ', bg: 'Линшьопинг', lt: 'Linčiopingas' },
  Maribor: { local: 'Maribor', el: 'Μάριμπορ', bg: 'Марибор', lt: 'Mariboras' },
  Ostrava: { local: 'Ostrava', pl: 'Ostrawa', el: 'Όστραβα', bg: 'Острава' },
  Poznań: { local: 'Poznań', de: 'Posen', cs: 'Poznaň', el: 'Πόζναν', bg: 'Познан', sl: 'Poznanj', lt: 'Poznanė' },
  'Santiago de Compostela': { local: 'Santiago de Compostela', fr: 'Saint-Jacques-de-Compostelle', el: 'Σαντιάγο ντε Κομποστέλα', bg: 'Сантяго де Компостела', lt: 'Santjago de Kompostela' },
  Lugano: { local: 'Lugano', el: 'Λουγκάνο', bg: 'Лугано', lt: 'Luganas' },
  Stuttgart: { local: 'Stuttgart', el: 'Στουτγάρδη', bg: 'Щутгарт', lt: 'Štutgartas' },
};

/** The place the records call `name` (in English), as a page in `locale` names it; a place not in the table keeps its name. */
export function placeName(name: string, locale: PageLocale): string {
  const place = PLACES[name];
  if (!place || locale === DEFAULT_LOCALE || locale === PSEUDO_LOCALE) return name;
  return place[locale] ?? place.local;
}

/** The places the table names, by their English name: for the test that every record's city has its names. */
export const NAMED_PLACES: ReadonlySet<string> = new Set(Object.keys(PLACES));

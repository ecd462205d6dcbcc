# Templates: prose (per topic, per language), tool JSON (per topic), notes (per topic)
LANGS = ["en", "de", "fr", "es", "pt", "it"]


def L(en, de, fr, es, pt, it):
    return {"__L": [en, de, fr, es, pt, it]}


W = {
    "arrive": ["arrive", "Ankunft", "arrivée", "llegada", "chegada", "arrivo"],
    "day": ["Day", "Tag", "Jour", "Día", "Dia", "Giorno"],
    "gate": ["gate", "Gate", "porte", "puerta", "portão", "gate"],
    "platform": ["platform", "Gleis", "voie", "andén", "plataforma", "binario"],
    "room": ["Room", "Raum", "Salle", "Sala", "Sala", "Aula"],
    "hroom": ["room", "Zimmer", "chambre", "habitación", "quarto", "camera"],
    "lobby": ["lobby", "Foyer", "hall d'accueil", "vestíbulo", "saguão", "atrio"],
    "block": ["block", "Block", "tribune", "sector", "setor", "settore"],
    "hall": ["Hall", "Halle", "Hall", "Sala", "Pavilhão", "Padiglione"],
    "ring": ["Ring", "Ring", "Ring", "Pista", "Pista", "Ring"],
    "update": ["update", "Sachstand", "point d'étape", "actualización", "atualização", "aggiornamento"],
    "bump": ["bump", "Update", "mise à jour", "actualiza", "atualiza", "aggiorna"],
    "clinical_trial": ["clinical trial", "klinische Studie", "essai clinique", "ensayo clínico", "ensaio clínico", "studio clinico"],
    "central_library": ["Central Library", "Stadtbibliothek", "médiathèque", "Biblioteca Central", "Biblioteca Municipal", "Biblioteca civica"],
    "kickoff": ["kick-off call", "Auftaktgespräch", "réunion de lancement", "reunión de arranque", "reunião de kickoff", "riunione di avvio"],
    "fuel": ["Fuel budget", "Spritbudget", "Budget carburant", "Presupuesto de gasolina", "Orçamento de combustível", "Budget carburante"],
    "ferry": ["ferry", "Fähre", "bateau", "ferri", "balsa", "traghetto"],
    "page": ["p.", "S.", "p.", "pág.", "p.", "p."],
    "ch": ["ch.", "Kap.", "chap.", "cap.", "cap.", "cap."],
    "stop": ["stop", "Halt", "arrêt", "parada", "parada", "fermata"],
    "lecture_hall": ["lecture hall", "Hörsaal", "amphi", "aula", "auditório", "aula"],
    "parking": ["parking", "Parkhaus", "parking", "aparcamiento", "estacionamento", "parcheggio"],
    "tickets": ["tickets", "Karten", "billets", "entradas", "ingressos", "biglietti"],
    "min": ["min", "Min.", "min", "min", "min", "min"],
    "queue": ["queue", "Schlange", "file", "cola", "fila", "coda"],
    "budget": ["Budget", "Budget", "Budget", "Presupuesto", "Orçamento", "Budget"],
    "total": ["Total", "Summe", "Total", "Total", "Total", "Totale"],
    "notes": ["Notes", "Notizen", "Notes", "Notas", "Notas", "Note"],
    "todo": ["To do", "Offen", "À faire", "Pendiente", "Pendente", "Da fare"],
    "done": ["done", "erledigt", "fait", "hecho", "feito", "fatto"],
    "pending": ["pending", "offen", "en attente", "pendiente", "pendente", "in attesa"],
    "delivered": ["delivered", "zugestellt", "livré", "entregado", "entregue", "consegnato"],
    "in_transit": ["in transit", "unterwegs", "en transit", "en tránsito", "em trânsito", "in transito"],
    "checkin": ["check-in", "Check-in", "arrivée", "entrada", "check-in", "check-in"],
    "seat": ["seat", "Sitz", "siège", "asiento", "assento", "posto"],
    "floor": ["floor", "Etage", "étage", "planta", "andar", "piano"],
    "kids": ["kids", "Kinder", "enfants", "niños", "crianças", "bambini"],
    "plants": ["plants", "Pflanzen", "plants", "plantas", "mudas", "piante"],
    "spacing": ["spacing", "Abstand", "espacement", "distancia", "espaçamento", "distanza"],
    "gallery": ["Gallery", "Saal", "Salle", "Sala", "Sala", "Sala"],
    "agenda": ["Agenda", "Tagesordnung", "Ordre du jour", "Orden del día", "Pauta", "Ordine del giorno"],
    "decision": ["decision needed", "Entscheidung nötig", "décision à prendre", "decisión pendiente", "decisão necessária", "decisione da prendere"],
    "entrances": ["entrances", "Eingänge", "entrées", "entradas", "entradas", "ingressi"],
    "parking_levels": ["parking levels", "Parkdecks", "niveaux de parking", "plantas de aparcamiento", "andares de estacionamento", "piani di parcheggio"],
    "aob": ["AOB", "Sonstiges", "Divers", "Varios", "Outros assuntos", "Varie ed eventuali"],
}

# localized plant types for cultivars
PLANT_TR = {
    "rose": ["rose", "Rose", "rosier", "rosal", "roseira", "rosa"],
    "apple": ["apple", "Apfel", "pommier", "manzano", "macieira", "melo"],
    "pear": ["pear", "Birne", "poirier", "peral", "pereira", "pero"],
    "potato": ["potato", "Kartoffel", "pomme de terre", "patata", "batata", "patata"],
    "tomato": ["tomato", "Tomate", "tomate", "tomate", "tomate", "pomodoro"],
    "grape": ["grape", "Rebsorte", "cépage", "uva", "uva", "vitigno"],
    "tulip": ["tulip", "Tulpe", "tulipe", "tulipán", "tulipa", "tulipano"],
    "clematis": ["clematis", "Clematis", "clématite", "clemátide", "clematite", "clematide"],
    "lilac": ["lilac", "Flieder", "lilas", "lila", "lilás", "lillà"],
    "peony": ["peony", "Pfingstrose", "pivoine", "peonía", "peônia", "peonia"],
    "dahlia": ["dahlia", "Dahlie", "dahlia", "dalia", "dália", "dalia"],
    "fuchsia": ["fuchsia", "Fuchsie", "fuchsia", "fucsia", "fúcsia", "fucsia"],
    "lavender": ["lavender", "Lavendel", "lavande", "lavanda", "lavanda", "lavanda"],
    "sweet pea": ["sweet pea", "Duftwicke", "pois de senteur", "guisante de olor", "ervilha-de-cheiro", "pisello odoroso"],
    "strawberry": ["strawberry", "Erdbeere", "fraisier", "fresa", "morango", "fragola"],
    "plum": ["plum", "Pflaume", "prunier", "ciruelo", "ameixeira", "susino"],
    "lemon": ["lemon", "Zitrone", "citronnier", "limonero", "limoeiro", "limone"],
}

PROSE = {}
TOOLS = {}
NOTES = {}

# ---------------------------------------------------------------- eponymous_cities
PROSE["eponymous_cities"] = {
    "en": [
        "Greetings from {E}! It's {N_19_33}°C here and the coach to {E2} leaves at {T}, so we should arrive around dinner.",
        "Why is {E} called that? Give me the short history of the name in three sentences, no more.",
        "Planning a road trip: {E} → {E2} → {E3}. Is {N_350_900} km over two days too much with a toddler in the back?",
        "Thanks to {E} for hosting the regional chess open this year. Can you draft a two-line thank-you from our club to the city's sports office?",
        "Is {E} worth a night, or should we push on to {E2}? We'd arrive at about {T} either way.",
    ],
    "de": [
        "Grüße aus {E}! Hier hat es {N_19_33} Grad, und der Bus nach {E2} fährt um {T}.",
        "Woher hat {E} eigentlich seinen Namen? Bitte kurz erklären, maximal {N_3_6} Sätze.",
        "Wir fahren von {E} nach {E2} – lohnt sich ein Zwischenstopp in {E3}?",
    ],
    "fr": [
        "Bonjour de {E} ! Il fait {N_19_33} °C et le car pour {E2} part à {T}.",
        "D'où vient le nom de {E} ? Explique-moi ça en {N_3_6} phrases, s'il te plaît.",
        "On hésite entre une nuit à {E} et une nuit à {E2}. Des arguments pour l'une ou l'autre ?",
    ],
    "es": [
        "¡Saludos desde {E}! Hace {N_19_33} grados y el micro a {E2} sale a las {T}.",
        "¿Por qué {E} se llama así? Resúmelo en {N_3_6} frases, por favor.",
        "Vamos en auto de {E} a {E2}; ¿son realistas {N_6_14} horas de viaje?",
    ],
    "pt": [
        "Saudações de {E}! Está fazendo {N_19_33} graus e o ônibus para {E2} sai às {T}.",
        "Por que a cidade de {E} tem esse nome? Me explica em {N_3_6} frases.",
        "Vale a pena parar em {E} no caminho para {E2}? São uns {N_200_600} km.",
    ],
    "it": [
        "Saluti da {E}! Ci sono {N_19_33} gradi e il pullman per {E2} parte alle {T}.",
        "Perché {E} si chiama così? Spiegamelo in {N_3_6} frasi.",
        "Da {E} a {E2} in macchina: {N_4_9} ore sono realistiche con due soste?",
    ],
}
TOOLS["eponymous_cities"] = [
    {"name": "weather.get_forecast", "arguments": {"city": "{E}", "country": "{E.1}", "days": "{N_2_7}", "units": "metric"}},
    {"name": "maps.search_places", "arguments": {"query": L("museums in {E}", "Museen in {E}", "musées à {E}", "museos en {E}", "museus em {E}", "musei a {E}"), "limit": "{N_3_10}", "open_now": True}},
    {"results": [{"name": "{E}", "country": "{E.1}", "population": "{N_40000_1500000}", "elevation_m": "{N_2_1200}"}, {"name": "{E2}", "country": "{E2.1}", "population": "{N_40000_1500000}", "elevation_m": "{N_2_1200}"}], "source": "geo_index", "took_ms": "{N_8_240}"},
    {"name": "travel.route", "arguments": {"origin": "{E}", "destination": "{E2}", "mode": "driving", "avoid": ["tolls"], "depart_at": "{TS}"}},
    {"route": {"origin": "{E}", "destination": "{E2}", "distance_km": "{F_80_950}", "duration_min": "{N_60_600}", "toll_cost": "{F_0_45}"}, "status": "ok"},
]
NOTES["eponymous_cities"] = {
    "header": L("Road trip – stops", "Roadtrip – Etappen", "Road trip – étapes", "Viaje en coche – paradas", "Viagem de carro – paradas", "Viaggio in auto – tappe"),
    "lines": ["{I}. {E} — {N_80_420} km, {W_arrive} {T}", "{I}. {E} ({E.1}) — {N_80_420} km"],
    "n": (3, 5),
    "footer": L("Fuel budget: {CUR_90_240}", "Spritbudget: {CUR_90_240}", "Budget carburant : {CUR_90_240}", "Presupuesto de gasolina: {CUR_90_240}", "Orçamento de combustível: {CUR_90_240}", "Budget carburante: {CUR_90_240}"),
}

# ---------------------------------------------------------------- islands_districts
PROSE["islands_districts"] = {
    "en": [
        "Is a day trip to {E} doable in {N_5_11} hours including the crossing? I've read the ferry takes about {N_35_95} minutes.",
        "We stayed in {E} for {N_3_9} nights and the bakery by the main square was the highlight. Help me write a short review without mentioning the hotel.",
        "What's the difference between {E} and {E2} for a first visit? Budget around {CUR_60_140} a night.",
        "Packing for {E}: {N_4_10} days, {N_14_27}°C, lots of walking. What am I forgetting?",
    ],
    "de": [
        "Lohnt sich ein Tagesausflug nach {E}? Die Überfahrt dauert angeblich {N_35_95} Minuten.",
        "Wir wohnen diesmal in {E} statt in {E2} – was kann man dort abends unternehmen?",
    ],
    "fr": [
        "Une journée à {E}, c'est faisable ? La traversée prend environ {N_35_95} minutes.",
        "Tu préfères {E} ou {E2} pour un premier séjour de {N_3_9} nuits ?",
    ],
    "es": [
        "¿Se puede visitar {E} en un día? El ferri tarda unos {N_35_95} minutos.",
        "Estamos entre {E} y {E2} para {N_3_9} noches; ¿cuál tiene mejor ambiente?",
    ],
    "pt": [
        "Dá para conhecer {E} num bate-volta? A travessia leva uns {N_35_95} minutos.",
        "Estamos entre {E} e {E2} para {N_3_9} noites, qual você recomenda?",
    ],
    "it": [
        "Si riesce a visitare {E} in giornata? Il traghetto impiega circa {N_35_95} minuti.",
        "Meglio {E} o {E2} per {N_3_9} notti a {MON}?",
    ],
}
TOOLS["islands_districts"] = [
    {"name": "ferry.search", "arguments": {"destination": "{E}", "date": "{DISO}", "passengers": "{N_1_5}", "vehicle": False}},
    {"results": [{"name": "{E}", "type": "{E.2}", "country": "{E.1}", "area_km2": "{F_2_900}"}, {"name": "{E2}", "type": "{E2.2}", "country": "{E2.1}", "area_km2": "{F_2_900}"}]},
    {"name": "wiki.lookup", "arguments": {"title": "{E}", "lang": "{LANG}", "sections": ["history", "geography"]}},
    {"name": "maps.reverse_geocode", "arguments": {"lat": "{LAT}", "lon": "{LON}", "lang": "{LANG}", "result_types": ["island", "neighbourhood"]}},
    {"name": "hotel.search", "arguments": {"area": "{E}", "check_in": "{DISO}", "nights": "{N_2_9}", "max_price": "{N_60_220}", "currency": "{CURCODE}"}},
]
NOTES["islands_districts"] = {
    "header": L("Island hopping plan", "Inselhüpfen – Plan", "Plan des îles", "Plan de islas", "Roteiro de ilhas", "Giro delle isole"),
    "lines": ["{W_day} {I}: {E} ({E.1})", "{W_day} {I}: {E} — {N_3_9} h"],
    "n": (3, 4),
    "footer": None,
}

# ---------------------------------------------------------------- airports
PROSE["airports"] = {
    "en": [
        "Landing at {E} at {T}. Is {N_55_120} minutes enough to connect if I have to change terminals?",
        "Pickup from {E} tomorrow: flight {FL}, arrival gate {GATE}. Can you turn that into a short reminder?",
        "Which is easier for a layover, {E} or {E2}? I'll have about {N_2_6} hours and a {N_7_10} kg carry-on.",
        "Does {E} ({E.1}) have a quiet area near gate {GATE}? Our flight {FL} boards at {T}.",
        "Dear {E} lost and found, a grey umbrella was left at gate {GATE} after flight {FL}. Help me write a short description of it.",
    ],
    "de": [
        "Ich lande um {T} in {E} ({E.1}) – reichen {N_55_120} Minuten zum Umsteigen?",
        "Flug {FL} ab {E}, Gate {GATE}: bitte eine kurze Erinnerung für morgen formulieren.",
    ],
    "fr": [
        "J'atterris à {E} à {T} ; est-ce que {N_55_120} minutes suffisent pour la correspondance ?",
        "Vol {FL} au départ de {E}, porte {GATE}. Tu peux me faire un petit rappel ?",
    ],
    "es": [
        "Aterrizo en {E} a las {T}; ¿me alcanzan {N_55_120} minutos para la conexión?",
        "Vuelo {FL} desde {E}, puerta {GATE}. ¿Me armás un recordatorio corto?",
    ],
    "pt": [
        "Vou pousar no {E} às {T}; {N_55_120} minutos dão para a conexão?",
        "Voo {FL} saindo de {E}, portão {GATE}. Pode criar um lembrete curto?",
    ],
    "it": [
        "Il mio volo arriva a {E} ({E.1}) alle {T}: bastano {N_55_120} minuti per la coincidenza?",
        "Volo {FL} da {E}, gate {GATE}: mi scrivi un promemoria breve?",
    ],
}
TOOLS["airports"] = [
    {"name": "flights.status", "arguments": {"flight_number": "{FLN}", "date": "{DISO}", "origin": "{E.1}"}},
    {"flight": "{FLN}", "origin": "{E.1}", "origin_name": "{E}", "destination": "{E2.1}", "gate": "{GATE}", "terminal": "{TERM}", "status": "delayed", "delay_min": "{N_10_95}"},
    {"name": "travel.search_flights", "arguments": {"origin": "{E.1}", "destination": "{E2.1}", "origin_name": "{E}", "depart_date": "{DISO}", "cabin": "economy", "adults": "{N_1_4}"}},
    {"results": [{"airport": "{E}", "iata": "{E.1}", "lounges": "{N_1_9}", "avg_security_wait_min": "{N_5_40}"}, {"airport": "{E2}", "iata": "{E2.1}", "lounges": "{N_1_9}", "avg_security_wait_min": "{N_5_40}"}]},
]
NOTES["airports"] = {
    "header": L("Flights to track this week", "Flüge im Blick – diese Woche", "Vols à suivre cette semaine", "Vuelos a seguir esta semana", "Voos para acompanhar esta semana", "Voli da monitorare questa settimana"),
    "lines": ["{WD} {T} — {E} ({E.1}), {FL}, {W_gate} {GATE}", "{WD} {T} — {E}\n   {FL} / {W_gate} {GATE}"],
    "n": (2, 4),
    "footer": None,
}

# ---------------------------------------------------------------- stations
PROSE["stations"] = {
    "en": [
        "Which exit at {E} is closest to the river? I'll have a suitcase and about {N_15_40} minutes before my next train.",
        "From {E}, take line {N_1_12} for {N_3_9} stops. Can you double-check that's the right direction for the old town?",
        "Is there luggage storage at {E}? Our train gets in at {T} and check-in isn't until {T2}.",
        "Meet at the clock in {E} at {T}? Write that as a short message for the group chat, platform {N_1_22}.",
    ],
    "de": [
        "Gibt es an {E} Schließfächer? Unser Zug kommt um {T} an.",
        "Von {E} aus: Linie {N_1_12}, {N_3_9} Stationen – ist das die richtige Richtung zur Altstadt?",
    ],
    "fr": [
        "Il y a une consigne à {E} ? Notre train arrive à {T}.",
        "Depuis {E}, ligne {N_1_12}, {N_3_9} arrêts : c'est bien la bonne direction ?",
    ],
    "es": [
        "¿Hay consigna en {E}? Nuestro tren llega a las {T}.",
        "Desde {E}, línea {N_1_12}, {N_3_9} paradas: ¿es la dirección correcta?",
    ],
    "pt": [
        "Tem guarda-volumes em {E}? Nosso trem chega às {T}.",
        "Saindo de {E}, linha {N_1_12}, {N_3_9} estações: é o sentido certo?",
    ],
    "it": [
        "C'è un deposito bagagli a {E}? Il nostro treno arriva alle {T}.",
        "Da {E}, linea {N_1_12}, {N_3_9} fermate: è la direzione giusta?",
    ],
}
TOOLS["stations"] = [
    {"name": "transit.route", "arguments": {"from_stop": "{E}", "to": L("old town", "Altstadt", "centre historique", "casco antiguo", "centro histórico", "centro storico"), "city": "{E.1}", "depart_at": "{TS}"}},
    {"results": [{"station": "{E}", "platform": "{N_1_24}", "departure": "{T}", "train": "{TRAIN}", "delay_min": "{N_0_25}"}, {"station": "{E}", "platform": "{N_1_24}", "departure": "{T2}", "train": "{TRAIN}", "delay_min": 0}]},
    {"name": "stations.facilities", "arguments": {"station": "{E}", "filters": ["luggage_storage", "elevator", "bike_parking"]}},
    {"station": "{E}", "city": "{E.1}", "facilities": {"luggage_storage": True, "lockers_available": "{N_0_60}", "opening_hours": "{T}-{T2}"}},
]
NOTES["stations"] = {
    "header": L("Metro & rail plan", "Bahn & U-Bahn – Plan", "Métro et train – plan", "Metro y tren – plan", "Metrô e trem – roteiro", "Metro e treno – piano"),
    "lines": ["{T} {E} — {W_platform} {N_1_4}", "{T} {E}"],
    "n": (3, 4),
    "footer": None,
}

# ---------------------------------------------------------------- universities
PROSE["universities"] = {
    "en": [
        "Open day at {E} is on {D}; the engineering talks start at {T} in lecture hall {ROOMNUM}. Can you make a checklist of questions to ask?",
        "How do {E} and {E2} compare for a one-year master's in data science? I've seen fees of around {CUR_9000_58000} mentioned.",
        "Thanks to {E} for the summer school info pack. What documents usually go with an application like that?",
        "Shuttle from {E} to the station runs every {N_10_30} minutes until {T}. Is that enough for a {T2} train?",
        "cc {E} admissions on the question about the {N_2_3}-year programme? Draft two polite sentences.",
    ],
    "de": [
        "Der Infotag an der {E} ist am {D}, Beginn {T} in Hörsaal {ROOMNUM}. Welche Fragen sollte ich stellen?",
        "Wie unterscheiden sich {E} und {E2} beim Master Informatik?",
    ],
    "fr": [
        "La journée portes ouvertes à {E} a lieu le {D} à {T}, amphi {ROOMNUM}. Quelles questions poser ?",
        "Quelle différence entre {E} et {E2} pour un master en économie ?",
    ],
    "es": [
        "La jornada de puertas abiertas de {E} es el {D} a las {T}, aula {ROOMNUM}. ¿Qué preguntas conviene hacer?",
        "¿Qué diferencia hay entre {E} y {E2} para un máster en finanzas?",
    ],
    "pt": [
        "O dia de portas abertas da {E} é em {D}, às {T}, sala {ROOMNUM}. Que perguntas devo fazer?",
        "Qual a diferença entre {E} e {E2} para um mestrado em economia?",
    ],
    "it": [
        "L'open day di {E} è il {D} alle {T}, aula {ROOMNUM}. Che domande conviene fare?",
        "Meglio {E} o {E2} per una laurea magistrale in economia?",
    ],
}
TOOLS["universities"] = [
    {"name": "catalog.search", "arguments": {"query": L("master programmes data science", "Masterstudiengänge Data Science", "masters science des données", "másteres ciencia de datos", "mestrados ciência de dados", "lauree magistrali data science"), "institution": "{E}", "limit": "{N_3_10}"}},
    {"results": [{"name": "{E}", "city": "{E.1}", "students": "{N_6000_52000}", "programmes": "{N_40_320}"}, {"name": "{E2}", "city": "{E2.1}", "students": "{N_6000_52000}", "programmes": "{N_40_320}"}]},
    {"name": "calendar.create_event", "arguments": {"title": L("Open day {E}", "Infotag {E}", "Portes ouvertes {E}", "Puertas abiertas {E}", "Portas abertas {E}", "Open day {E}"), "start": "{TS}", "duration_min": "{N_60_240}", "location": "{E.1}"}},
    {"name": "maps.directions", "arguments": {"destination": "{E}", "mode": "transit", "arrive_by": "{T}"}},
]
NOTES["universities"] = {
    "header": L("Shortlist – master's programmes", "Auswahlliste – Masterstudium", "Présélection – masters", "Preselección – másteres", "Pré-seleção – mestrados", "Rosa – lauree magistrali"),
    "lines": ["- {E} ({E.1}), {W_budget}: {CUR_900_48000}", "- {E} ({E.1})"],
    "n": (2, 4),
    "footer": None,
}

# ---------------------------------------------------------------- hospitals
PROSE["hospitals"] = {
    "en": [
        "What's the best way to get from the city centre to {E} by public transport? Visiting hours end at {T} and I'd rather not drive.",
        "Our choir is singing in the lobby of {E} on {D}. Can you suggest {N_4_8} short, calm pieces that work without accompaniment?",
        "Summarise this for me: {E} opened a new {N_40_220}-bed wing and expects the parking garage to reopen in {N_2_8} weeks.",
        "Is there a café or a florist inside {E}? We'll be there around {T} on {WD}.",
    ],
    "de": [
        "Wie komme ich am besten mit Bus und Bahn zum {E}? Die Besuchszeit endet um {T}.",
        "Kurz zusammenfassen: {E} eröffnet einen neuen Flügel mit {N_40_220} Betten, das Parkhaus öffnet in {N_2_8} Wochen wieder.",
    ],
    "fr": [
        "Comment rejoindre {E} en transports ? Les visites se terminent à {T}.",
        "Résume : {E} ouvre une aile de {N_40_220} lits et le parking rouvre dans {N_2_8} semaines.",
    ],
    "es": [
        "¿Cómo llego en transporte público a {E}? El horario de visitas termina a las {T}.",
        "Resume: {E} inaugura un ala de {N_40_220} camas y reabre el aparcamiento en {N_2_8} semanas.",
    ],
    "pt": [
        "Como chego de transporte público ao {E}? O horário de visita termina às {T}.",
        "Resuma: o {E} abriu uma ala com {N_40_220} leitos e o estacionamento volta em {N_2_8} semanas.",
    ],
    "it": [
        "Come arrivo con i mezzi a {E}? L'orario di visita finisce alle {T}.",
        "Riassumi: {E} apre un nuovo reparto da {N_40_220} posti letto, parcheggio riaperto tra {N_2_8} settimane.",
    ],
}
TOOLS["hospitals"] = [
    {"name": "maps.directions", "arguments": {"destination": "{E}", "city": "{E.1}", "mode": "transit", "arrive_by": "{T}"}},
    {"results": [{"name": "{E}", "city": "{E.1}", "beds": "{N_180_1900}", "visiting_hours": "{T}-{T2}", "parking": True}]},
    {"name": "news.search", "arguments": {"query": L("{E} new wing", "{E} Neubau", "{E} nouvelle aile", "{E} nueva ala", "{E} nova ala", "{E} nuovo padiglione"), "since": "{DISO}", "limit": "{N_3_10}"}},
]
NOTES["hospitals"] = {
    "header": L("Benchmark list – hospital wayfinding study", "Vergleichsliste – Leitsysteme in Kliniken", "Liste de référence – signalétique hospitalière", "Lista comparativa – señalización hospitalaria", "Lista comparativa – sinalização hospitalar", "Elenco di confronto – segnaletica ospedaliera"),
    "lines": ["- {E} ({E.1}): {N_2_14} {W_entrances}, {N_2_9} {W_parking_levels}", "- {E} ({E.1})"],
    "n": (2, 4),
    "footer": None,
}

# ---------------------------------------------------------------- stadiums
PROSE["stadiums"] = {
    "en": [
        "Gates at {E} open {N_60_120} minutes before kickoff, right? We're in block {N_101_540}, row {N_1_38}, and the game starts at {T}.",
        "Is the stadium tour at {E} worth it? It's {CUR_15_45} and takes about {N_60_100} minutes.",
        "Can you work out the fastest way from {E} back to the city centre after a match that ends around {T}?",
        "Is a clear bag required at {E}? Our seats are in section {N_101_540} and we arrive at {T}.",
    ],
    "de": [
        "Wann öffnen die Tore im {E}? Block {N_101_540}, Reihe {N_1_38}, Anpfiff {T}.",
        "Lohnt sich die Stadionführung durch {E} für {CUR_15_45}?",
    ],
    "fr": [
        "À quelle heure ouvrent les portes à {E} ? Tribune {N_101_540}, rang {N_1_38}, coup d'envoi à {T}.",
        "La visite de {E} à {CUR_15_45}, ça vaut le coup ?",
    ],
    "es": [
        "¿A qué hora abren las puertas en el {E}? Sector {N_101_540}, fila {N_1_38}, el partido empieza a las {T}.",
        "¿Vale la pena el tour por el {E}? Cuesta {CUR_15_45}.",
    ],
    "pt": [
        "Que horas abrem os portões no {E}? Setor {N_101_540}, fila {N_1_38}, jogo às {T}.",
        "Vale a pena o tour pelo {E}? Custa {CUR_15_45}.",
    ],
    "it": [
        "A che ora aprono i cancelli di {E}? Settore {N_101_540}, fila {N_1_38}, fischio d'inizio alle {T}.",
        "Conviene il tour di {E} a {CUR_15_45}?",
    ],
}
TOOLS["stadiums"] = [
    {"name": "tickets.search", "arguments": {"venue": "{E}", "city": "{E.1}", "date": "{DISO}", "quantity": "{N_1_6}", "max_price": "{F_20_180}"}},
    {"results": [{"venue": "{E}", "city": "{E.1}", "capacity": "{N_18000_81000}", "surface": "grass", "roof": False}]},
    {"name": "sports.get_fixtures", "arguments": {"venue": "{E}", "from": "{DISO}", "to": "{DISO2}"}},
    {"name": "venue.tour_slots", "arguments": {"venue": "{E}", "date": "{DISO}", "language": "{LANG}", "group_size": "{N_1_8}"}},
]
NOTES["stadiums"] = {
    "header": L("Stadium tours – bucket list", "Stadionführungen – Wunschliste", "Visites de stades – à faire", "Tours de estadios – pendientes", "Tours de estádios – lista de desejos", "Tour degli stadi – lista dei desideri"),
    "lines": ["- {E} ({E.1}) – {CUR_12_45}", "- {E} ({E.1})"],
    "n": (3, 4),
    "footer": None,
}

# ---------------------------------------------------------------- bridges_landmarks
PROSE["bridges_landmarks"] = {
    "en": [
        "We walked across {E} at sunset, about {N_12_40} minutes end to end. What's the story behind the name?",
        "Is {E} free to visit, or do I need a timed ticket? We'd go around {T} on a {WD}.",
        "Photo spots near {E}: anything within {N_5_20} minutes' walk that isn't packed by {T}?",
        "Write a caption for a photo of {E} at dawn. Fog, {N_4_12}°C, nobody around.",
    ],
    "de": [
        "Wie lange braucht man für {E}, und woher kommt eigentlich der Name?",
        "Kostet {E} Eintritt oder braucht man ein Zeitfenster-Ticket? Wir wären gegen {T} da.",
    ],
    "fr": [
        "Combien de temps prévoir pour {E} ? Et d'où vient le nom ?",
        "Faut-il réserver pour visiter {E} ? On y serait vers {T}.",
    ],
    "es": [
        "¿Cuánto tiempo hace falta para ver {E}? ¿Y de dónde viene el nombre?",
        "¿Hace falta entrada con horario para {E}? Iríamos hacia las {T}.",
    ],
    "pt": [
        "Quanto tempo leva para conhecer {E} com calma? E de onde vem o nome?",
        "Precisa comprar ingresso com horário para {E}? Chegaríamos lá pelas {T}.",
    ],
    "it": [
        "Quanto ci vuole per vedere {E} con calma? E da dove viene il nome?",
        "Serve un biglietto a orario per {E}? Arriveremmo verso le {T}.",
    ],
}
TOOLS["bridges_landmarks"] = [
    {"name": "maps.search_places", "arguments": {"query": "{E}", "city": "{E.1}", "fields": ["opening_hours", "rating", "coordinates"]}},
    {"results": [{"name": "{E}", "city": "{E.1}", "rating": "{F_3.8_4.9}", "reviews": "{N_800_98000}", "open_until": "{T}"}]},
    {"name": "tickets.search", "arguments": {"venue": "{E}", "date": "{DISO}", "time_slot": "{T}", "adults": "{N_1_4}", "children": "{N_0_3}"}},
]
NOTES["bridges_landmarks"] = {
    "header": L("Photo walk", "Fotospaziergang", "Balade photo", "Paseo fotográfico", "Passeio fotográfico", "Passeggiata fotografica"),
    "lines": ["{T} {E} — {N_10_40} min", "{T} {E} ({E.1})"],
    "n": (3, 4),
    "footer": None,
}

# ---------------------------------------------------------------- founder_brands
PROSE["founder_brands"] = {
    "en": [
        "Dear {E} customer care, the hinge on my order {ORD} arrived cracked. Can you help me phrase a polite replacement request?",
        "Thanks to {E} for sponsoring the town fun run. Write a two-line thank-you for our newsletter and mention the {N_5_10} km route.",
        "Which is older as a company, {E} or {E2}? Just the founding decades are enough.",
        "Got a voucher from {E} worth {CUR_10_80}. What's a sensible way to use it before it expires on {D}?",
        "Meeting with {E} procurement moved to {T}. Turn my bullet points into a short agenda: pricing, lead times, {N_2_5} open SKUs.",
        "Quote from {E} came in at {CUR_400_4000} for {N_50_500} units. Is that in line with last year's {CUR_300_3500}?",
    ],
    "de": [
        "Sehr geehrtes {E}-Serviceteam, meine Bestellung {ORD} kam beschädigt an. Hilf mir bitte, eine freundliche Reklamation zu formulieren.",
        "Danke an {E} für das Sponsoring des Stadtlaufs – bitte zwei Sätze für den Newsletter, Strecke {N_5_10} km.",
        "Ich habe einen Gutschein von {E} über {CUR_10_80}, gültig bis {D}. Ideen?",
    ],
    "fr": [
        "Bonjour l'équipe {E}, ma commande {ORD} est arrivée abîmée. Tu peux m'aider à rédiger une réclamation polie ?",
        "Merci à {E} d'avoir sponsorisé la course du village ({N_5_10} km) : deux phrases pour la newsletter ?",
        "J'ai un bon d'achat {E} de {CUR_10_80}, valable jusqu'au {D}. Des idées ?",
    ],
    "es": [
        "Estimado equipo de {E}: mi pedido {ORD} llegó dañado. ¿Me ayudas a redactar una reclamación amable?",
        "Gracias a {E} por patrocinar la carrera popular de {N_5_10} km: escribe dos líneas para el boletín.",
    ],
    "pt": [
        "Prezada equipe {E}, meu pedido {ORD} chegou danificado. Me ajuda a escrever uma reclamação educada?",
        "Agradecimento à {E} pelo patrocínio da corrida de {N_5_10} km: escreve duas linhas para o informativo?",
    ],
    "it": [
        "Gentile servizio clienti {E}, l'ordine {ORD} è arrivato danneggiato. Mi aiuti a scrivere un reclamo cortese?",
        "Un grazie a {E} per aver sponsorizzato la corsa di {N_5_10} km: due righe per la newsletter?",
    ],
}
TOOLS["founder_brands"] = [
    {"name": "shop.search_products", "arguments": {"brand": "{E}", "query": L("gift set", "Geschenkset", "coffret cadeau", "set de regalo", "kit presente", "confezione regalo"), "max_price": "{F_15_250}", "sort": "rating"}},
    {"results": [{"brand": "{E}", "sku": "{SKU}", "price": "{F_4_380}", "currency": "{CURCODE}", "in_stock": True}, {"brand": "{E2}", "sku": "{SKU}", "price": "{F_4_380}", "currency": "{CURCODE}", "in_stock": False}]},
    {"name": "calendar.create_event", "arguments": {"title": L("Call with {E} procurement", "Termin mit {E} Einkauf", "Réunion avec {E} (achats)", "Reunión con {E} – compras", "Reunião com {E} – compras", "Riunione con {E} – acquisti"), "start": "{TS}", "duration_min": "{N_15_90}"}},
    {"name": "reviews.search", "arguments": {"brand": "{E}", "min_rating": "{N_3_4}", "lang": "{LANG}", "limit": "{N_5_25}"}},
]
NOTES["founder_brands"] = {
    "header": L("Gift ideas", "Geschenkideen", "Idées cadeaux", "Ideas de regalo", "Ideias de presente", "Idee regalo"),
    "lines": ["- {E}: {CUR_15_180}", "- {E} ({W_pending})"],
    "n": (3, 6),
    "footer": L("Total budget: {CUR_200_600}", "Gesamtbudget: {CUR_200_600}", "Budget total : {CUR_200_600}", "Presupuesto total: {CUR_200_600}", "Orçamento total: {CUR_200_600}", "Budget totale: {CUR_200_600}"),
}

# ---------------------------------------------------------------- firms_banks
PROSE["firms_banks"] = {
    "en": [
        "Meeting with {E} moved to {T} in room {ROOMNUM}. Can you rewrite the agenda so the data-room item comes first?",
        "The engagement letter was signed by {E} on {D}. Summarise the fee cap of {CUR_20000_250000} in one line for the board pack.",
        "cc {E} on the closing memo? Draft a one-paragraph cover note referencing matter {MATTER}.",
        "Compare the research notes from {E} and {E2} on the {N_2_7}% bond issue. Which one sounds more cautious?",
        "Per {E}'s term sheet, the break fee is {N_1_4}% and exclusivity runs {N_30_90} days. Is that unusual?",
    ],
    "de": [
        "Termin mit {E} auf {T} verschoben, Raum {ROOMNUM} – bitte die Agenda umstellen.",
        "Die Mandatsvereinbarung wurde von {E} am {D} unterzeichnet; fasse die Honorarobergrenze von {CUR_20000_250000} in einem Satz zusammen.",
        "Bitte {E} in cc setzen und ein kurzes Anschreiben zu Aktenzeichen {MATTER} entwerfen.",
    ],
    "fr": [
        "Réunion avec {E} décalée à {T}, salle {ROOMNUM} : peux-tu réorganiser l'ordre du jour ?",
        "La lettre de mission a été signée par {E} le {D} ; résume le plafond d'honoraires de {CUR_20000_250000}.",
    ],
    "es": [
        "La reunión con {E} pasa a las {T}, sala {ROOMNUM}; ¿reordenas la agenda?",
        "La carta de encargo fue firmada por {E} el {D}; resume el tope de honorarios de {CUR_20000_250000}.",
    ],
    "pt": [
        "Reunião com {E} remarcada para {T}, sala {ROOMNUM}; pode reorganizar a pauta?",
        "A carta de contratação foi assinada por {E} em {D}; resuma o teto de honorários de {CUR_20000_250000}.",
    ],
    "it": [
        "Riunione con {E} spostata alle {T}, sala {ROOMNUM}: riordini l'agenda?",
        "La lettera d'incarico è stata firmata da {E} il {D}; riassumi il tetto ai compensi di {CUR_20000_250000}.",
    ],
}
TOOLS["firms_banks"] = [
    {"name": "docs.search", "arguments": {"query": L("engagement letter {E}", "Mandatsvereinbarung {E}", "lettre de mission {E}", "carta de encargo {E}", "carta de contratação {E}", "lettera d'incarico {E}"), "matter": "{MATTER}", "file_type": "pdf"}},
    {"name": "calendar.create_event", "arguments": {"title": "{E} – {W_kickoff}", "start": "{TS}", "duration_min": "{N_30_90}", "room": "{ROOMNUM}"}},
    {"results": [{"counterparty": "{E}", "role": "legal_counsel", "jurisdiction": "{CC}", "matter": "{MATTER}"}, {"counterparty": "{E2}", "role": "financial_advisor", "jurisdiction": "{CC}", "matter": "{MATTER}"}]},
    {"name": "research.fetch_notes", "arguments": {"provider": "{E}", "topic": L("covered bonds", "Pfandbriefe", "obligations sécurisées", "cédulas hipotecarias", "debêntures", "obbligazioni garantite"), "since": "{DISO}", "max_results": "{N_3_12}"}},
]
NOTES["firms_banks"] = {
    "header": L("Agenda – Q{N_1_4} review", "Tagesordnung – Q{N_1_4}-Review", "Ordre du jour – revue T{N_1_4}", "Orden del día – revisión T{N_1_4}", "Pauta – revisão do {N_1_4}º trimestre", "Ordine del giorno – revisione Q{N_1_4}"),
    "lines": ["{I}. {W_update}: {E} ({MATTER}) – {N_10_30} {W_min}", "{I}. {E}\n   {W_decision}", "{I}. {E} / {E2} – {W_update}"],
    "n": (3, 5),
    "footer": L("{I}. AOB", "{I}. Sonstiges", "{I}. Divers", "{I}. Varios", "{I}. Outros assuntos", "{I}. Varie ed eventuali"),
}

# ---------------------------------------------------------------- cars
PROSE["cars"] = {
    "en": [
        "Is the {E} or the {E2} cheaper to insure for a new driver? Both are listed around {CUR_12000_35000}.",
        "The {E} shows fault code P{N_1000_3999} at {N_40000_190000} km. What usually causes that?",
        "The rental desk offered an upgrade from a {E} to a {E2} for {CUR_9_35} a day. Worth it for {N_600_1400} km of motorway?",
        "Tyre pressure for a {E} with {N_3_5} people and luggage, in bar please.",
    ],
    "de": [
        "Ist der {E} oder der {E2} günstiger in der Versicherung? Beide liegen um {CUR_12000_35000}.",
        "Der {E} zeigt Fehlercode P{N_1000_3999} bei {N_40000_190000} km – woran liegt das meistens?",
    ],
    "fr": [
        "Ma {E} affiche le code P{N_1000_3999} à {N_40000_190000} km, c'est grave ?",
        "Le loueur propose de passer d'une {E} à une {E2} pour {CUR_9_35} par jour. Ça vaut le coup ?",
    ],
    "es": [
        "Mi {E} marca el código P{N_1000_3999} con {N_40000_190000} km, ¿qué suele ser?",
        "En el alquiler me ofrecen cambiar un {E} por un {E2} por {CUR_9_35} al día. ¿Merece la pena?",
    ],
    "pt": [
        "Meu {E} está com o código P{N_1000_3999} com {N_40000_190000} km. O que costuma ser?",
        "A locadora ofereceu trocar o {E} por um {E2} por {CUR_9_35} a diária. Compensa?",
    ],
    "it": [
        "La mia {E} segnala il codice P{N_1000_3999} a {N_40000_190000} km: cosa può essere?",
        "Il noleggio propone di passare da una {E} a una {E2} per {CUR_9_35} al giorno. Conviene?",
        "Giro di prova con la {E} fissato per le {T}: che cosa devo controllare in {N_15_40} minuti?",
    ],
}
TOOLS["cars"] = [
    {"name": "cars.compare", "arguments": {"models": ["{E}", "{E2}"], "fields": ["price", "range_km", "co2_g_km", "boot_l"]}},
    {"results": [{"model": "{E}", "year": "{Y_2012_2024}", "power_kw": "{N_50_290}", "price": "{F_9000_89000}"}, {"model": "{E2}", "year": "{Y_2012_2024}", "power_kw": "{N_50_290}", "price": "{F_9000_89000}"}]},
    {"name": "parts.lookup", "arguments": {"model": "{E}", "part_number": "{PARTNO}", "vin_required": False}},
    {"name": "rental.search", "arguments": {"pickup_city": "{C}", "car_class": "{E}", "pickup": "{TS}", "days": "{N_2_14}"}},
]
NOTES["cars"] = {
    "header": L("Test drives this week", "Probefahrten diese Woche", "Essais cette semaine", "Pruebas esta semana", "Test drives da semana", "Prove su strada"),
    "lines": ["{WD} {T} — {E}, {N_5_40} km", "{WD} {T} — {E} ({CUR_12000_60000})"],
    "n": (3, 4),
    "footer": None,
}

# ---------------------------------------------------------------- craft_ships_rockets
PROSE["craft_ships_rockets"] = {
    "en": [
        "What's the story behind the name {E}, and what made it notable? Keep it to one paragraph.",
        "Saw the {E} at the museum today; {N_4_9} of us stood there for {N_20_50} minutes. Write a two-line caption for the club newsletter.",
        "Give me three surprising facts about the {E} for quiz night, round {N_1_8}.",
        "Building a 1:{SCALE} model of the {E}. Which paint codes are usually recommended?",
    ],
    "de": [
        "Drei überraschende Fakten über {E} für unser Quiz, Runde {N_1_8}, bitte.",
        "Wir haben heute {E} im Museum gesehen – schreib mir eine kurze Bildunterschrift für den Vereinsnewsletter.",
    ],
    "fr": [
        "Trois anecdotes sur {E} pour notre quiz, manche {N_1_8} ?",
        "On a vu {E} aujourd'hui, tu peux écrire une légende courte pour la photo ?",
    ],
    "es": [
        "Dame tres curiosidades sobre {E} para el quiz, ronda {N_1_8}.",
        "Hoy en el museo estaba expuesto {E}; escríbeme un pie de foto breve.",
    ],
    "pt": [
        "Me dá três curiosidades sobre {E} para o quiz, rodada {N_1_8}.",
        "Hoje no museu estava exposto {E}; escreve uma legenda curta para a foto?",
    ],
    "it": [
        "Tre curiosità su {E} per il quiz, round {N_1_8}?",
        "Oggi al museo c'era {E}: mi scrivi una didascalia breve?",
    ],
}
TOOLS["craft_ships_rockets"] = [
    {"name": "wiki.lookup", "arguments": {"title": "{E}", "lang": "{LANG}", "sections": ["history", "specifications"]}},
    {"results": [{"name": "{E}", "type": "{E.1}", "exhibit_id": "EX-{N_1000_9999}", "hall": "{N_1_12}"}, {"name": "{E2}", "type": "{E2.1}", "exhibit_id": "EX-{N_1000_9999}", "hall": "{N_1_12}"}]},
    {"name": "shop.search_products", "arguments": {"query": "{E} 1:{SCALE} model kit", "category": "scale_models", "max_price": "{F_19_180}"}},
    {"name": "museum.search_exhibits", "arguments": {"query": "{E}", "category": "{E.1}", "on_view": True}},
]
NOTES["craft_ships_rockets"] = {
    "header": L("Museum route", "Museumsrundgang", "Parcours du musée", "Recorrido del museo", "Roteiro do museu", "Percorso del museo"),
    "lines": ["{W_hall} {N_1_12}: {E}", "{W_hall} {N_1_12}: {E} ({E.1})"],
    "n": (3, 5),
    "footer": None,
}

# ---------------------------------------------------------------- software_versions
PROSE["software_versions"] = {
    "en": [
        "After upgrading {E} to {VER}, builds fail with exit code {N_1_125}. Roll back, or pin the plugin at {VER2}?",
        "Thanks to {E} the nightly job dropped from {N_40_90} to {N_8_30} minutes. Write a short changelog line for build {BUILD}.",
        "Is {E} still supported? We're on {VER} and the release notes mention end of life in {MON} {Y_2025_2028}.",
        "Migrating from {E} to {E2}: which config keys usually break? We have {N_12_80} services.",
    ],
    "de": [
        "Nach dem Update von {E} auf {VER} schlägt der Build mit Exit-Code {N_1_125} fehl. Zurückrollen?",
        "Dank {E} läuft der Nightly-Job in {N_8_30} statt {N_40_90} Minuten – bitte eine Changelog-Zeile für Build {BUILD}.",
    ],
    "fr": [
        "Depuis la mise à jour de {E} en {VER}, le build échoue (code {N_1_125}). On revient en arrière ?",
        "Grâce à {E}, le job de nuit passe de {N_40_90} à {N_8_30} minutes : une ligne de changelog pour le build {BUILD} ?",
    ],
    "es": [
        "Tras actualizar {E} a {VER}, el build falla con código {N_1_125}. ¿Hacemos rollback?",
        "Gracias a {E}, el job nocturno bajó de {N_40_90} a {N_8_30} minutos; escribe una línea de changelog para el build {BUILD}.",
    ],
    "pt": [
        "Depois de atualizar o {E} para {VER}, o build falha com código {N_1_125}. Faço rollback?",
        "Com o {E}, o job noturno caiu de {N_40_90} para {N_8_30} minutos; escreve uma linha de changelog para o build {BUILD}?",
    ],
    "it": [
        "Dopo l'aggiornamento di {E} alla {VER} la build fallisce con codice {N_1_125}. Torno indietro?",
        "Grazie a {E} il job notturno è passato da {N_40_90} a {N_8_30} minuti: una riga di changelog per la build {BUILD}?",
    ],
}
TOOLS["software_versions"] = [
    {"name": "packages.check_updates", "arguments": {"package": "{E}", "current_version": "{VER}", "channel": "stable"}},
    {"results": [{"name": "{E}", "latest": "{VER}", "released": "{DISO}", "security_fixes": "{N_0_9}"}, {"name": "{E2}", "latest": "{VER2}", "released": "{DISO2}", "security_fixes": "{N_0_9}"}]},
    {"name": "ci.trigger_build", "arguments": {"pipeline": "release", "build_number": "{N_1000_99999}", "image": "{E}", "retry": False}},
    {"build": "{BUILD}", "status": "failed", "stage": "integration", "component": "{E}", "version": "{VER}", "duration_s": "{N_40_3600}", "finished_at": "{TS}"},
]
NOTES["software_versions"] = {
    "header": L("Changelog – build {BUILD}", "Changelog – Build {BUILD}", "Journal des modifications – build {BUILD}", "Registro de cambios – build {BUILD}", "Changelog – build {BUILD}", "Changelog – build {BUILD}"),
    "lines": ["- {W_bump} {E} {VER} → {VER2}", "- {E}: {VER}", "- {W_bump} {E} ({N_2_40} files)"],
    "n": (3, 5),
    "footer": None,
}

# ---------------------------------------------------------------- dishes
PROSE["dishes"] = {
    "en": [
        "I'm making {E} for {N_5_10} people on Saturday. How do I scale a recipe written for {N_2_4}?",
        "Where does the name {E} come from? Keep it short, it's for a menu card.",
        "Dinner plan: {E}, then {E2}. Oven is {N_160_220}°C fan; we eat at {T}. Give me a timeline.",
        "Can {E} be made a day ahead, or does it go soggy? Serving {N_6_14} at {T}.",
    ],
    "de": [
        "Ich mache {E} für {N_5_10} Personen – wie rechne ich das Rezept von {N_2_4} Portionen hoch?",
        "Menü am Samstag: erst {E}, dann {E2}. Ofen {N_160_220} °C Umluft, Essen um {T}. Zeitplan?",
    ],
    "fr": [
        "Je prépare {E} pour {N_5_10} personnes : comment adapter une recette prévue pour {N_2_4} ?",
        "Au menu : {E}, puis {E2}. Four à {N_160_220} °C, on mange à {T}. Tu me fais un planning ?",
    ],
    "es": [
        "Voy a hacer {E} para {N_5_10} personas; ¿cómo escalo una receta para {N_2_4}?",
        "Menú: primero {E} y después {E2}. Horno a {N_160_220} °C, comemos a las {T}. ¿Me haces un horario?",
    ],
    "pt": [
        "Vou fazer {E} para {N_5_10} pessoas; como adapto a receita que rende {N_2_4} porções?",
        "Cardápio: primeiro {E}, depois {E2}. Forno a {N_160_220} °C, jantar às {T}. Monta um cronograma?",
    ],
    "it": [
        "Preparo {E} per {N_5_10} persone: come adatto una ricetta per {N_2_4}?",
        "Menù: prima {E}, poi {E2}. Forno a {N_160_220} °C, si cena alle {T}. Mi fai una tabella di marcia?",
    ],
}
TOOLS["dishes"] = [
    {"name": "recipes.search", "arguments": {"dish": "{E}", "servings": "{N_2_12}", "max_time_min": "{N_30_180}", "diet": None}},
    {"results": [{"dish": "{E}", "prep_min": "{N_10_60}", "cook_min": "{N_10_180}", "kcal_per_serving": "{N_180_950}", "rating": "{F_3.9_4.9}"}, {"dish": "{E2}", "prep_min": "{N_10_60}", "cook_min": "{N_10_180}", "kcal_per_serving": "{N_180_950}", "rating": "{F_3.9_4.9}"}]},
    {"name": "menu.add_item", "arguments": {"section": "mains", "dish": "{E}", "price": "{F_9_42}", "allergens": ["gluten", "milk", "egg"]}},
]
NOTES["dishes"] = {
    "header": L("Menu – {WD}", "Speisekarte – {WD}", "Menu du {WD}", "Menú del {WD}", "Cardápio de {WD}", "Menù di {WD}"),
    "lines": ["{E} — {CUR_9_38}", "{E} ........ {CUR_6_24}"],
    "n": (3, 6),
    "footer": None,
}

# ---------------------------------------------------------------- drinks
PROSE["drinks"] = {
    "en": [
        "Make me a batch recipe for a {E} for {N_8_20} guests, about {N_120_200} ml per glass.",
        "What's the difference between a {E} and a {E2}? I always mix them up behind the bar.",
        "Bar order: {N_2_6} × {E}, {N_1_4} × {E2} and a pot of tea. Roughly how much at {CUR_9_16} per cocktail?",
        "Non-alcoholic twist on a {E} for a work event at {T}? Keep it under {N_4_6} ingredients.",
    ],
    "de": [
        "Wie mixe ich {E} für {N_8_20} Gäste, etwa {N_120_200} ml pro Glas?",
        "Was ist der Unterschied zwischen {E} und {E2}?",
    ],
    "fr": [
        "Recette de {E} pour {N_8_20} invités, environ {N_120_200} ml par verre ?",
        "Quelle différence entre un {E} et un {E2} ?",
    ],
    "es": [
        "Receta de {E} para {N_8_20} invitados, unos {N_120_200} ml por vaso.",
        "¿Qué diferencia hay entre un {E} y un {E2}?",
    ],
    "pt": [
        "Receita de {E} para {N_8_20} convidados, uns {N_120_200} ml por copo.",
        "Qual a diferença entre {E} e {E2}?",
    ],
    "it": [
        "Ricetta di {E} per {N_8_20} ospiti, circa {N_120_200} ml a bicchiere?",
        "Che differenza c'è tra un {E} e un {E2}?",
    ],
}
TOOLS["drinks"] = [
    {"name": "recipes.search", "arguments": {"drink": "{E}", "servings": "{N_1_20}", "alcohol_free_variant": True}},
    {"results": [{"drink": "{E}", "glass": "highball", "abv_pct": "{F_0_32}", "garnish": "lemon twist"}, {"drink": "{E2}", "glass": "coupe", "abv_pct": "{F_0_32}", "garnish": "orange peel"}]},
    {"name": "bar.order", "arguments": {"table": "{N_1_40}", "items": [{"drink": "{E}", "qty": "{N_1_4}"}, {"drink": "{E2}", "qty": "{N_1_4}"}]}},
]
NOTES["drinks"] = {
    "header": L("Bar card", "Barkarte", "Carte du bar", "Carta de cócteles", "Carta de drinks", "Lista cocktail"),
    "lines": ["{E} — {CUR_8_16}", "{E} · {N_40_180} ml · {CUR_5_14}"],
    "n": (4, 6),
    "footer": None,
}

# ---------------------------------------------------------------- breeds
PROSE["breeds"] = {
    "en": [
        "Is a {E} a good fit for a flat with no garden? We both work from home {N_2_4} days a week.",
        "The {E} at the county show scored {N_85_99} points in the breed class. What do judges usually look for in that breed?",
        "Compare {E} and {E2}: coat care, energy level and typical weight in kg.",
        "How much exercise does a {E} need per day? We can manage about {N_40_120} minutes.",
    ],
    "de": [
        "Passt ein {E} in eine Wohnung ohne Garten? Wir sind {N_2_4} Tage die Woche im Homeoffice.",
        "Vergleich {E} und {E2}: Fellpflege, Energie, Gewicht in kg?",
    ],
    "fr": [
        "Un {E}, c'est adapté à un appartement sans jardin ?",
        "Compare {E} et {E2} : entretien du poil, énergie, poids en kg.",
    ],
    "es": [
        "¿Un {E} se adapta a un piso sin jardín? Teletrabajamos {N_2_4} días por semana.",
        "Compara {E} y {E2}: cuidado del pelo, energía y peso en kg.",
    ],
    "pt": [
        "Um {E} se adapta bem a apartamento sem quintal?",
        "Compare {E} e {E2}: pelagem, energia e peso em kg.",
    ],
    "it": [
        "Un {E} va bene in un appartamento senza giardino?",
        "Confronta {E} e {E2}: cura del mantello, energia e peso in kg.",
    ],
}
TOOLS["breeds"] = [
    {"name": "pets.breed_info", "arguments": {"breed": "{E}", "species": "{E.1}", "fields": ["size", "temperament", "grooming"]}},
    {"results": [{"breed": "{E}", "species": "{E.1}", "weight_kg": "{N_3_12}-{N_13_45}", "life_expectancy_years": "{N_9_16}"}, {"breed": "{E2}", "species": "{E2.1}", "weight_kg": "{N_3_12}-{N_13_45}", "life_expectancy_years": "{N_9_16}"}]},
    {"name": "events.search", "arguments": {"query": L("{E} breed show", "{E} Zuchtschau", "exposition {E}", "exposición {E}", "exposição {E}", "esposizione {E}"), "region": "{C}", "from": "{DISO}"}},
]
NOTES["breeds"] = {
    "header": L("Show ring schedule", "Ringplan", "Programme des rings", "Horario de pistas", "Programação das pistas", "Programma dei ring"),
    "lines": ["{W_ring} {N_1_8}, {T}: {E}", "{T} — {E}"],
    "n": (3, 5),
    "footer": None,
}

# ---------------------------------------------------------------- cultivars
PROSE["cultivars"] = {
    "en": [
        "Planting {E} ({ET}) along the south fence. How far apart, and which month is best?",
        "Our {E} ({ET}) got black spots after {N_5_14} days of rain. Organic options only, please.",
        "Which is hardier, {E} or {E2}? Winters here drop to −{N_8_22}°C.",
        "The nursery has {E} at {CUR_8_35} a pot. Is that a fair price for a {N_2_5}-litre container?",
    ],
    "de": [
        "Ich pflanze {E} ({ET}) am Südzaun – welcher Abstand, und welcher Monat ist ideal?",
        "Was ist robuster, {E} oder {E2}? Bei uns wird es im Winter −{N_8_22} °C kalt.",
    ],
    "fr": [
        "Je plante {E} ({ET}) le long de la clôture sud : quel espacement et quel mois ?",
        "Lequel résiste mieux au froid, {E} ou {E2} ? Ici on descend à −{N_8_22} °C.",
    ],
    "es": [
        "Voy a plantar {E} ({ET}) junto a la valla sur: ¿qué distancia y en qué mes?",
        "¿Qué aguanta más el frío, {E} o {E2}? Aquí bajamos a −{N_8_22} °C.",
    ],
    "pt": [
        "Vou plantar {E} ({ET}) perto do muro: que espaçamento e em que mês?",
        "Qual é mais resistente, {E} ou {E2}? Aqui chega a −{N_8_22} °C.",
    ],
    "it": [
        "Pianto {E} ({ET}) lungo la recinzione a sud: che distanza e in che mese?",
        "È più resistente {E} o {E2}? Da noi si scende a −{N_8_22} °C.",
    ],
}
TOOLS["cultivars"] = [
    {"name": "garden.plant_info", "arguments": {"cultivar": "{E}", "plant": "{E.1}", "hardiness_zone": "{N_4_9}{AB}"}},
    {"results": [{"cultivar": "{E}", "plant": "{E.1}", "height_cm": "{N_30_400}", "spacing_cm": "{N_25_150}"}, {"cultivar": "{E2}", "plant": "{E2.1}", "height_cm": "{N_30_400}", "spacing_cm": "{N_25_150}"}]},
    {"name": "shop.search_products", "arguments": {"query": "{E} {E.1}", "category": "garden", "max_price": "{F_6_60}"}},
]
NOTES["cultivars"] = {
    "header": L("Bed {N_1_6} – planting plan", "Beet {N_1_6} – Pflanzplan", "Massif {N_1_6} – plan de plantation", "Bancal {N_1_6} – plan de siembra", "Canteiro {N_1_6} – plano de plantio", "Aiuola {N_1_6} – piano di impianto"),
    "lines": ["- {E} ({ET}) ×{N_1_6}, {N_30_120} cm", "- {E} ({ET})"],
    "n": (3, 5),
    "footer": None,
}

# ---------------------------------------------------------------- minerals
PROSE["minerals"] = {
    "en": [
        "Is {E} safe to keep in an open display shelf in a kid's room, or does it need special handling?",
        "Picked up a {E} specimen at the fair for {CUR_8_90}, about {N_12_80} g. How do I tell if it's genuine?",
        "Mohs hardness of {E} vs {E2}? Making flashcards for a geology class, card {N_1_60}.",
        "Write a museum label for {E}: one sentence on the name, one on where it's found, max {N_30_50} words.",
    ],
    "de": [
        "Ist {E} unbedenklich für eine offene Vitrine im Kinderzimmer?",
        "Habe auf der Mineralienbörse eine {E}-Stufe für {CUR_8_90} gekauft, ca. {N_12_80} g. Wie erkenne ich, ob sie echt ist?",
    ],
    "fr": [
        "J'ai acheté un échantillon de {E} pour {CUR_8_90}, environ {N_12_80} g : comment vérifier qu'il est authentique ?",
        "Dureté de Mohs : {E} contre {E2} ?",
    ],
    "es": [
        "Compré un ejemplar de {E} por {CUR_8_90}, unos {N_12_80} g. ¿Cómo sé si es auténtico?",
        "¿Dureza de Mohs de {E} frente a {E2}?",
    ],
    "pt": [
        "Comprei uma amostra de {E} por {CUR_8_90}, uns {N_12_80} g. Como saber se é autêntica?",
        "Qual a dureza de Mohs: {E} ou {E2}?",
    ],
    "it": [
        "Ho preso un campione di {E} a {CUR_8_90}, circa {N_12_80} g: come capisco se è autentico?",
        "Durezza di Mohs: {E} contro {E2}?",
    ],
}
TOOLS["minerals"] = [
    {"name": "minerals.lookup", "arguments": {"name": "{E}", "fields": ["formula", "mohs", "crystal_system", "luster"]}},
    {"results": [{"name": "{E}", "mohs": "{F_1.5_8.5}", "crystal_system": "orthorhombic", "specific_gravity": "{F_2.1_7.9}"}, {"name": "{E2}", "mohs": "{F_1.5_8.5}", "crystal_system": "monoclinic", "specific_gravity": "{F_2.1_7.9}"}]},
    {"name": "collection.add_specimen", "arguments": {"mineral": "{E}", "specimen_id": "SP-{N_1000_9999}", "weight_g": "{F_3_400}", "locality": "{C}"}},
]
NOTES["minerals"] = {
    "header": L("Collection log", "Sammlungsverzeichnis", "Registre de collection", "Registro de la colección", "Registro da coleção", "Registro della collezione"),
    "lines": ["SP-{N_1000_9999}: {E}, {F_3_400} g", "SP-{N_1000_9999}: {E} ({CUR_8_120})"],
    "n": (3, 6),
    "footer": None,
}

# ---------------------------------------------------------------- diseases
PROSE["diseases"] = {
    "en": [
        "Explain {E} in plain language for a school project: what it is, how common it is, and why it has that name. Under {N_150_300} words.",
        "Our charity walk for {E} research is on {D}, {N_5_10} km, starting at {T}. Draft a short invite for the community board.",
        "What's the difference between {E} and {E2}? They keep coming up in the same article.",
        "Make {N_4_8} flashcards on {E} for a nursing exam, question on the front, one-line answer on the back.",
    ],
    "de": [
        "Erklär mir bitte in einfacher Sprache: {E}. Für ein Referat, maximal {N_150_300} Wörter.",
        "Spendenlauf zugunsten der Forschung zu {E} am {D}, {N_5_10} km, Start {T}: bitte eine kurze Einladung.",
    ],
    "fr": [
        "Explique simplement {E} pour un exposé, {N_150_300} mots max.",
        "Course solidaire pour la recherche sur {E} le {D}, départ {T} : un petit texte d'invitation ?",
    ],
    "es": [
        "Explícame {E} de forma sencilla para un trabajo escolar, máximo {N_150_300} palabras.",
        "Caminata solidaria por la investigación sobre {E} el {D}, salida a las {T}: ¿redactas una invitación breve?",
    ],
    "pt": [
        "Explique {E} de forma simples para um trabalho da escola, até {N_150_300} palavras.",
        "Caminhada beneficente pela pesquisa sobre {E} em {D}, largada às {T}: escreve um convite curto?",
    ],
    "it": [
        "Spiegami {E} in modo semplice per una ricerca scolastica, massimo {N_150_300} parole.",
        "Camminata benefica per la ricerca: tema {E}, il {D}, partenza alle {T}. Mi scrivi un invito breve?",
    ],
}
TOOLS["diseases"] = [
    {"name": "health.condition_info", "arguments": {"condition": "{E}", "audience": "general", "lang": "{LANG}"}},
    {"results": [{"title": "{E}", "source": "encyclopedia", "section": "epidemiology", "prevalence_per_100k": "{F_0.5_900}"}, {"title": "{E2}", "source": "encyclopedia", "section": "history", "prevalence_per_100k": "{F_0.5_900}"}]},
    {"name": "literature.search", "arguments": {"query": "{E} {W_clinical_trial}", "year_from": "{Y_2015_2022}", "max_results": "{N_5_50}"}},
]
NOTES["diseases"] = {
    "header": L("Study notes – eponymous conditions", "Lernzettel – Eponyme", "Fiches – maladies éponymes", "Apuntes – enfermedades epónimas", "Resumo – doenças epônimas", "Appunti – malattie eponime"),
    "lines": ["- {E}: {W_page} {N_12_480}", "- {E} ({W_ch} {N_1_22})"],
    "n": (3, 6),
    "footer": None,
}

# ---------------------------------------------------------------- laws_theorems
PROSE["laws_theorems"] = {
    "en": [
        "Can you explain {E} with an everyday example? My exam is on {D} and it still hasn't clicked.",
        "Write {N_3_6} flashcards on {E}: question on the front, one-line answer on the back.",
        "Is {E} related to {E2}, or is that just a naming coincidence?",
        "Our pub quiz has a science round at {T}. Give me one tricky question about {E}.",
    ],
    "de": [
        "Kannst du mir das Thema {E} an einem Alltagsbeispiel erklären? Die Klausur ist am {D}.",
        "Schreib {N_3_6} Lernkarten zum Thema {E}.",
    ],
    "fr": [
        "Tu peux m'expliquer {E} avec un exemple du quotidien ? Examen le {D}.",
        "Fais-moi {N_3_6} fiches de révision sur {E}.",
    ],
    "es": [
        "¿Me explicas {E} con un ejemplo cotidiano? Tengo examen el {D}.",
        "Hazme {N_3_6} tarjetas de estudio sobre {E}.",
    ],
    "pt": [
        "Pode me explicar {E} com um exemplo do dia a dia? A prova é em {D}.",
        "Faz {N_3_6} flashcards sobre {E}?",
    ],
    "it": [
        "Mi spieghi {E} con un esempio quotidiano? L'esame è il {D}.",
        "Argomento: {E}. Preparami {N_3_6} schede di ripasso.",
    ],
}
TOOLS["laws_theorems"] = [
    {"name": "math.explain", "arguments": {"topic": "{E}", "level": "undergraduate", "with_examples": True, "lang": "{LANG}"}},
    {"results": [{"title": "{E}", "chapter": "{N_1_14}", "difficulty": "intermediate", "exercises": "{N_4_30}"}, {"title": "{E2}", "chapter": "{N_1_14}", "difficulty": "advanced", "exercises": "{N_4_30}"}]},
    {"name": "flashcards.create", "arguments": {"deck": L("Exam revision", "Klausurvorbereitung", "Révisions", "Repaso examen", "Revisão prova", "Ripasso esame"), "cards": [{"front": "{E}", "back": "…"}, {"front": "{E2}", "back": "…"}]}},
]
NOTES["laws_theorems"] = {
    "header": L("Exam revision", "Klausurvorbereitung", "Révisions", "Repaso para el examen", "Revisão para a prova", "Ripasso per l'esame"),
    "lines": ["- {E} ({W_ch} {N_1_14})", "- {E}: {W_page} {N_12_480}"],
    "n": (3, 6),
    "footer": None,
}

# ---------------------------------------------------------------- books
PROSE["books"] = {
    "en": [
        "Looking for a good edition of {E}. Is the {PUB} one (ISBN {ISBN}) the one people recommend?",
        "Book club picked {E} for {MON}; we have about {N_3_6} weeks. Suggest a reading schedule by chapters.",
        "From {PUB}: a new hardback of {E}, {N_280_720} pages, {CUR_18_45}. Write a two-line shelf talker for the shop.",
        "Is {E} a good pick for a {N_14_17}-year-old who loved {E2}?",
    ],
    "de": [
        "Welche Ausgabe von {E} ist gut? Die von {PUB} (ISBN {ISBN})?",
        "Unser Lesekreis liest {E} im {MON}: bitte einen Leseplan für {N_3_6} Wochen.",
    ],
    "fr": [
        "Quelle édition de {E} choisir ? Celle de {PUB} (ISBN {ISBN}) ?",
        "Notre club de lecture lit {E} en {MON} : un planning sur {N_3_6} semaines ?",
        "Édition publiée par {PUB} : {E}, {N_280_720} pages, {CUR_18_45}. Une accroche de deux lignes pour la librairie ?",
    ],
    "es": [
        "¿Qué edición de {E} recomiendas? ¿La de {PUB} (ISBN {ISBN})?",
        "En el club de lectura toca {E} en {MON}: plan de lectura para {N_3_6} semanas.",
    ],
    "pt": [
        "Qual edição de {E} vale a pena? A da {PUB} (ISBN {ISBN})?",
        "No clube do livro vamos ler {E} em {MON}; monta um cronograma de {N_3_6} semanas?",
        "Edição nova de {E} com {PUB}? Vi por {CUR_39_119}, {N_280_720} páginas. Vale a pena?",
    ],
    "it": [
        "Quale edizione di {E} consigli? Quella di {PUB} (ISBN {ISBN})?",
        "Il gruppo di lettura ha scelto {E} per {MON}: un piano di lettura di {N_3_6} settimane?",
    ],
}
TOOLS["books"] = [
    {"name": "books.search", "arguments": {"title": "{E}", "publisher": "{PUB}", "format": "paperback", "lang": "{LANG}"}},
    {"results": [{"title": "{E}", "publisher": "{PUB}", "isbn": "{ISBN}", "pages": "{N_120_820}", "year": "{Y_1995_2024}"}, {"title": "{E2}", "publisher": "{PUB2}", "isbn": "{ISBN}", "pages": "{N_120_820}", "year": "{Y_1995_2024}"}]},
    {"name": "library.reserve", "arguments": {"isbn": "{ISBN}", "title": "{E}", "branch": "{C} {W_central_library}", "pickup_by": "{DISO}"}},
]
NOTES["books"] = {
    "header": L("Reading list", "Leseliste", "Liste de lecture", "Lista de lectura", "Lista de leitura", "Lista di lettura"),
    "lines": ["- {E} — {PUB}, ISBN {ISBN}", "- {E} ({N_120_820} p.)"],
    "n": (3, 5),
    "footer": None,
}

# ---------------------------------------------------------------- films
PROSE["films"] = {
    "en": [
        "{E} is showing at {T} in screen {N_1_14}, tickets {CUR_8_15}. Is the runtime okay for a school night?",
        "Recommend three films like {E}, nothing newer than {Y_1995_2015}, please.",
        "We watched {E} yesterday. Write a spoiler-free two-sentence review for the film club board.",
        "Double bill idea: {E} then {E2}, starting at {T}. What time would we finish?",
    ],
    "de": [
        "{E} läuft um {T} in Saal {N_1_14}, Karten {CUR_8_15}. Zu lang für einen Wochentag?",
        "Empfiehl mir drei Filme wie {E}.",
    ],
    "fr": [
        "{E} passe à {T} en salle {N_1_14}, {CUR_8_15} la place. Trop long un soir de semaine ?",
        "Trois films dans le style de {E} ?",
    ],
    "es": [
        "{E} empieza a las {T} en la sala {N_1_14}, entradas a {CUR_8_15}. ¿Es muy larga?",
        "Recomiéndame tres películas parecidas a {E}.",
    ],
    "pt": [
        "{E} passa às {T} na sala {N_1_14}, ingresso {CUR_8_15}. É muito longo?",
        "Me indica três filmes parecidos com {E}.",
    ],
    "it": [
        "{E} è alle {T} in sala {N_1_14}, biglietto {CUR_8_15}. È troppo lungo?",
        "Consigliami tre film simili a {E}.",
    ],
}
TOOLS["films"] = [
    {"name": "movies.search", "arguments": {"title": "{E}", "city": "{C}", "date": "{DISO}"}},
    {"results": [{"title": "{E}", "year": "{Y_1939_2019}", "runtime_min": "{N_85_200}", "showtimes": ["{T}", "{T2}"]}, {"title": "{E2}", "year": "{Y_1939_2019}", "runtime_min": "{N_85_200}", "showtimes": ["{T}"]}]},
    {"name": "watchlist.add", "arguments": {"title": "{E}", "list": "weekend", "priority": "{N_1_5}"}},
]
NOTES["films"] = {
    "header": L("Watchlist", "Filmliste", "À voir", "Pendientes de ver", "Para assistir", "Da vedere"),
    "lines": ["- {E} ({Y_1939_2019}) — {N_85_190} min", "- {E}"],
    "n": (3, 6),
    "footer": None,
}

# ---------------------------------------------------------------- songs
PROSE["songs"] = {
    "en": [
        "Put '{E}' and '{E2}' on the wedding playlist. Both are around {N_3_5} minutes, right?",
        "What key is '{E}' usually played in? I need it for ukulele, capo on fret {N_1_5}.",
        "Karaoke tonight: is '{E}' too high for a baritone? We're on at {T}.",
        "Give me the chord progression for the chorus of '{E}' at {N_70_140} bpm.",
    ],
    "de": [
        "Setz „{E}“ und „{E2}“ auf die Hochzeitsplaylist.",
        "In welcher Tonart spielt man „{E}“ meistens? Kapodaster im {N_1_5}. Bund.",
    ],
    "fr": [
        "Ajoute « {E} » et « {E2} » à la playlist du mariage.",
        "Dans quelle tonalité joue-t-on « {E} » ? Capodastre en case {N_1_5}.",
    ],
    "es": [
        "Pon «{E}» y «{E2}» en la lista de la boda.",
        "¿En qué tono se toca «{E}»? Cejilla en el traste {N_1_5}.",
    ],
    "pt": [
        "Coloca \"{E}\" e \"{E2}\" na playlist do casamento.",
        "Em que tom se toca \"{E}\"? Capotraste na {N_1_5}ª casa.",
    ],
    "it": [
        "Metti «{E}» e «{E2}» nella playlist del matrimonio.",
        "In che tonalità si suona «{E}»? Capotasto al {N_1_5}° tasto.",
    ],
}
TOOLS["songs"] = [
    {"name": "music.search", "arguments": {"query": "{E}", "type": "track", "limit": "{N_3_10}"}},
    {"results": [{"title": "{E}", "duration": "{MMSS}", "bpm": "{N_68_150}", "key": "{KEY}"}, {"title": "{E2}", "duration": "{MMSS}", "bpm": "{N_68_150}", "key": "{KEY}"}]},
    {"name": "playlist.add_tracks", "arguments": {"playlist": L("Wedding", "Hochzeit", "Mariage", "Boda", "Casamento", "Matrimonio"), "tracks": ["{E}", "{E2}"], "position": "{N_1_40}"}},
]
NOTES["songs"] = {
    "header": L("Setlist", "Setlist", "Setlist", "Repertorio", "Setlist", "Scaletta"),
    "lines": ["{I}. {E} — {MMSS}", "{I}. {E} ({KEY})"],
    "n": (4, 6),
    "footer": None,
}

# ---------------------------------------------------------------- opera_ballet
PROSE["opera_ballet"] = {
    "en": [
        "Two seats for {E} on {D}, row {ROWL}, curtain at {T}. Can you turn that into a short calendar note?",
        "Give me a spoiler-light synopsis of {E} in {N_4_7} sentences before we go on {WD}.",
        "Which is better for a first night at the opera, {E} or {E2}? Budget {CUR_40_160} per seat.",
        "How long is the interval in {E} usually? Curtain is at {T} and the last train leaves at {T2}.",
    ],
    "de": [
        "Zwei Karten für {E} am {D}, Reihe {ROWL}, Beginn {T}: bitte als Kalendernotiz.",
        "Was ist besser für den ersten Opernabend, {E} oder {E2}?",
    ],
    "fr": [
        "Deux places pour {E} le {D}, rang {ROWL}, lever de rideau à {T} : tu me fais une note d'agenda ?",
        "Pour une première fois à l'opéra, {E} ou {E2} ?",
    ],
    "es": [
        "Dos entradas para {E} el {D}, fila {ROWL}, empieza a las {T}: ¿me haces una nota para el calendario?",
        "Para una primera ópera, ¿{E} o {E2}?",
    ],
    "pt": [
        "Dois ingressos para {E} em {D}, fileira {ROWL}, início às {T}: faz uma anotação de agenda?",
        "Para a primeira ópera, {E} ou {E2}?",
    ],
    "it": [
        "Due posti per {E} il {D}, fila {ROWL}, inizio alle {T}: mi prepari una nota per il calendario?",
        "Per una prima volta all'opera, meglio {E} o {E2}?",
    ],
}
TOOLS["opera_ballet"] = [
    {"name": "tickets.search", "arguments": {"event": "{E}", "venue": "{VENUE}", "date": "{DISO}", "section": "stalls", "quantity": "{N_1_4}"}},
    {"results": [{"event": "{E}", "venue": "{VENUE}", "date": "{DISO}", "seats_left": "{N_0_140}", "price_from": "{F_18_240}"}]},
    {"name": "wiki.lookup", "arguments": {"title": "{E}", "sections": ["synopsis", "roles"], "lang": "{LANG}"}},
]
NOTES["opera_ballet"] = {
    "header": L("Season {SEASON}", "Spielzeit {SEASON}", "Saison {SEASON}", "Temporada {SEASON}", "Temporada {SEASON}", "Stagione {SEASON}"),
    "lines": ["{DSHORT} {E} — {VENUE}, {T}", "{DSHORT} {E}"],
    "n": (3, 5),
    "footer": None,
}

# ---------------------------------------------------------------- paintings
PROSE["paintings"] = {
    "en": [
        "Where is {E} displayed, and is there usually a queue around {T}?",
        "For an art-history quiz, give me {N_3_5} clues about {E} without naming the museum.",
        "The print shop offers {E} as a {N_30_70}×{N_40_100} cm poster for {CUR_19_60}. Is that a good size over a sofa?",
        "Describe the colours in {E} for an audio guide, {N_60_120} words, calm tone.",
    ],
    "de": [
        "Wo hängt {E}, und gibt es gegen {T} meistens eine Schlange?",
        "Der Druckshop bietet {E} als Poster {N_30_70}×{N_40_100} cm für {CUR_19_60} an. Passt das über ein Sofa?",
    ],
    "fr": [
        "Où est exposé {E} ? Il y a la queue vers {T} ?",
        "Affiche {E} en {N_30_70}×{N_40_100} cm pour {CUR_19_60} : bonne taille au-dessus d'un canapé ?",
    ],
    "es": [
        "¿Dónde está expuesto {E}? ¿Suele haber cola hacia las {T}?",
        "Venden {E} en póster de {N_30_70}×{N_40_100} cm por {CUR_19_60}. ¿Queda bien sobre un sofá?",
    ],
    "pt": [
        "Onde fica exposto {E}? Costuma ter fila por volta das {T}?",
        "A loja vende {E} em pôster de {N_30_70}×{N_40_100} cm por {CUR_19_60}. Fica bom em cima do sofá?",
    ],
    "it": [
        "Dove è esposto {E}? C'è coda verso le {T}?",
        "Il negozio vende {E} come poster {N_30_70}×{N_40_100} cm a {CUR_19_60}: va bene sopra il divano?",
    ],
}
TOOLS["paintings"] = [
    {"name": "museum.search_collection", "arguments": {"title": "{E}", "on_view": True}},
    {"results": [{"title": "{E}", "medium": "oil on canvas", "dimensions_cm": "{N_40_300} × {N_40_300}", "gallery": "{N_1_90}"}]},
    {"name": "shop.search_products", "arguments": {"query": "{E} poster", "size": "50x70", "max_price": "{F_12_80}"}},
]
NOTES["paintings"] = {
    "header": L("Museum plan", "Museumsplan", "Plan de visite", "Plan de visita", "Roteiro da visita", "Piano di visita"),
    "lines": ["{W_gallery} {N_1_90}: {E}", "{T} — {E}"],
    "n": (3, 5),
    "footer": None,
}

# ---------------------------------------------------------------- fiction_myth
PROSE["fiction_myth"] = {
    "en": [
        "Is {E} a good theme for a kids' party? {N_8_20} children, ages {N_5_7} to {N_8_10}.",
        "Costume idea: {E}. What do I need, with a budget of about {CUR_20_60}?",
        "Summarise the story of {E} in {N_3_6} sentences as a bedtime story.",
        "The school play this year is {E}, on {D} at {T} in the gym. Write a short poster text.",
    ],
    "de": [
        "Kostümidee {E} – was brauche ich für etwa {CUR_20_60}?",
        "Erzähl die Geschichte von {E} in {N_3_6} Sätzen als Gutenachtgeschichte.",
    ],
    "fr": [
        "Idée de déguisement : {E}. Qu'est-ce qu'il me faut pour {CUR_20_60} ?",
        "Raconte l'histoire de {E} en {N_3_6} phrases pour le coucher.",
    ],
    "es": [
        "Disfraz de {E}: ¿qué necesito con unos {CUR_20_60}?",
        "Cuéntame la historia de {E} en {N_3_6} frases para dormir.",
    ],
    "pt": [
        "Fantasia de {E}: o que eu preciso com uns {CUR_20_60}?",
        "Conta a história de {E} em {N_3_6} frases, para a hora de dormir.",
    ],
    "it": [
        "Costume da {E}: cosa mi serve con circa {CUR_20_60}?",
        "Raccontami la storia di {E} in {N_3_6} frasi per la buonanotte.",
    ],
}
TOOLS["fiction_myth"] = [
    {"name": "wiki.lookup", "arguments": {"title": "{E}", "lang": "{LANG}", "sections": ["plot", "origins"]}},
    {"name": "shop.search_products", "arguments": {"query": L("{E} costume kids", "{E} Kostüm Kinder", "déguisement {E} enfant", "disfraz {E} niño", "fantasia {E} infantil", "costume {E} bambino"), "size": "{N_4_12}Y", "max_price": "{F_15_70}"}},
    {"results": [{"title": "{E}", "type": "character", "origin": "literature"}, {"title": "{E2}", "type": "character", "origin": "folklore"}]},
]
NOTES["fiction_myth"] = {
    "header": L("Costume party – themes", "Kostümparty – Motto-Ideen", "Soirée déguisée – thèmes", "Fiesta de disfraces – temas", "Festa à fantasia – temas", "Festa in maschera – temi"),
    "lines": ["- {E}: {CUR_15_60}", "- {E}"],
    "n": (3, 6),
    "footer": None,
}

# ---------------------------------------------------------------- saints_festivals
PROSE["saints_festivals"] = {
    "en": [
        "Planning a {E} get-together for {N_10_40} people. Can you suggest a simple menu and a timeline starting at {T}?",
        "When exactly does {E} fall in {Y_2025_2027}, and are shops usually open that day?",
        "Write a short notice for the office fridge: {E} treats in the kitchen from {T}, please leave some for the late shift.",
        "Is {E} a public holiday anywhere, or just a celebration? Asking for a trip in {MON}.",
    ],
    "de": [
        "Wann ist {E} im Jahr {Y_2025_2027}, und haben die Läden offen?",
        "Für unser Vereinsfest ist {E} das Motto – bitte Menü und Ablauf ab {T} für {N_10_40} Leute.",
    ],
    "fr": [
        "Quand tombe {E} en {Y_2025_2027} ? Les magasins sont-ils ouverts ?",
        "On organise une fête pour {E}, {N_10_40} personnes : menu simple et déroulé à partir de {T} ?",
    ],
    "es": [
        "¿Qué día cae {E} en {Y_2025_2027}? ¿Abren las tiendas?",
        "Organizamos algo para {E}, unas {N_10_40} personas: ¿menú sencillo y horario desde las {T}?",
    ],
    "pt": [
        "Em que dia cai {E} em {Y_2025_2027}? O comércio abre?",
        "Vamos fazer uma festa para {E}, umas {N_10_40} pessoas: cardápio simples e cronograma a partir das {T}?",
    ],
    "it": [
        "Quando cade {E} nel {Y_2025_2027}? I negozi sono aperti?",
        "Organizziamo qualcosa per {E}, circa {N_10_40} persone: menù semplice e scaletta dalle {T}?",
    ],
}
TOOLS["saints_festivals"] = [
    {"name": "events.search", "arguments": {"query": "{E}", "city": "{C}", "date_from": "{DISO}", "date_to": "{DISO2}"}},
    {"name": "calendar.create_event", "arguments": {"title": "{E}", "all_day": True, "date": "{EDISO}", "reminder_days_before": "{N_1_14}"}},
    {"results": [{"event": "{E}", "city": "{C}", "date": "{EDISO}", "program": [{"time": "{T}", "item": "procession"}, {"time": "{T2}", "item": "concert"}]}]},
]
NOTES["saints_festivals"] = {
    "header": L("Festival calendar {Y_2025_2026}", "Festkalender {Y_2025_2026}", "Calendrier des fêtes {Y_2025_2026}", "Calendario de fiestas {Y_2025_2026}", "Calendário de festas {Y_2025_2026}", "Calendario delle feste {Y_2025_2026}"),
    "lines": ["{ED}: {E}", "{ED} — {E}, {T}"],
    "n": (3, 5),
    "footer": None,
}

# ---------------------------------------------------------------- streets_squares
PROSE["streets_squares"] = {
    "en": [
        "There's a great little market on {E} on Saturday mornings. Can you suggest a walking route from there to the river, about {N_20_45} minutes?",
        "We walked along {E} all afternoon. Write a short postcard text, just the vibe and the {N_24_33}°C heat.",
        "Is parking easier near {E} or near {E2}? We'll arrive around {T} with a van {N_2_3} m tall.",
        "Best coffee within {N_3_10} minutes of {E}? Open before {T}, ideally.",
    ],
    "de": [
        "Treffpunkt {E}, dann Richtung Fluss – wie lange läuft man ungefähr? Wir haben {N_20_45} Minuten.",
        "Parkplatzsuche: eher Nähe {E} oder Nähe {E2}? Wir kommen gegen {T}.",
    ],
    "fr": [
        "Point de départ : {E}. Tu me proposes une balade de {N_20_45} minutes jusqu'au fleuve ?",
        "Pour se garer, plutôt côté {E} ou côté {E2} ? On arrive vers {T}.",
    ],
    "es": [
        "Hay un mercadillo los sábados en {E}; ¿me propones un paseo de {N_20_45} minutos hasta el río?",
        "¿Es más fácil aparcar cerca de {E} o de {E2}? Llegamos hacia las {T}.",
    ],
    "pt": [
        "Ponto de partida: {E}. Sugere uma caminhada de {N_20_45} minutos pelo centro?",
        "É mais fácil estacionar perto de {E} ou de {E2}? Chegamos por volta das {T}.",
    ],
    "it": [
        "Il sabato c'è un mercato in {E}: mi proponi una passeggiata di {N_20_45} minuti fino al fiume?",
        "È più facile parcheggiare vicino a {E} o a {E2}? Arriviamo verso le {T}.",
    ],
}
TOOLS["streets_squares"] = [
    {"name": "maps.search_places", "arguments": {"query": L("bakery", "Bäckerei", "boulangerie", "panadería", "padaria", "panificio"), "near": "{E}", "city": "{E.1}", "radius_m": "{N_200_1200}"}},
    {"results": [{"type": "market", "near": "{E}", "city": "{E.1}", "days": ["Sat"], "hours": "{T}-{T2}"}]},
    {"name": "transit.route", "arguments": {"from": "{E}", "to": "{E2}", "mode": "walking"}},
]
NOTES["streets_squares"] = {
    "header": L("Walking tour", "Stadtspaziergang", "Balade en ville", "Ruta a pie", "Roteiro a pé", "Passeggiata in città"),
    "lines": ["{T} {E}", "{T} {E} ({N_10_30} {W_min})"],
    "n": (3, 5),
    "footer": None,
}

# ---------------------------------------------------------------- sports_teams
PROSE["sports_teams"] = {
    "en": [
        "{E} vs {E2} kicks off at {T}. Which channel usually shows it, and how did the last meeting end?",
        "Thanks to {E} for the free youth clinic last weekend. Draft a thank-you post for our club page; {N_25_60} kids took part.",
        "Can you chart the recent results of {E}? Scores so far: {SCORES}.",
        "Away trip to watch {E}: is {CUR_40_120} for a match ticket normal this season?",
        "The kit deal signed by {E} runs for {N_3_8} seasons. Summarise the press release in two lines.",
    ],
    "de": [
        "{E} gegen {E2}, Anstoß {T} – wo läuft das im Fernsehen?",
        "Danke an {E} für das kostenlose Jugendtraining – bitte einen kurzen Post, {N_25_60} Kinder waren dabei.",
    ],
    "fr": [
        "{E} contre {E2}, coup d'envoi à {T} : c'est sur quelle chaîne ?",
        "Merci à {E} pour le stage jeunes gratuit : un petit post, {N_25_60} enfants étaient là.",
    ],
    "es": [
        "{E} contra {E2} a las {T}: ¿por qué canal lo dan?",
        "Gracias a {E} por la clínica gratuita para chicos: escribe un post, vinieron {N_25_60} niños.",
    ],
    "pt": [
        "{E} x {E2} às {T}: passa em qual canal?",
        "Agradecimento ao {E} pela clínica gratuita: escreve um post, vieram {N_25_60} crianças.",
    ],
    "it": [
        "{E}-{E2} alle {T}: su che canale la danno?",
        "Grazie a {E} per lo stage gratuito per ragazzi: scrivi un post, c'erano {N_25_60} bambini.",
    ],
}
TOOLS["sports_teams"] = [
    {"name": "sports.get_fixtures", "arguments": {"team": "{E}", "season": "{SEASON}", "competition": "league"}},
    {"results": [{"home": "{E}", "away": "{E2}", "score": "{SCORE}", "date": "{DISO}", "attendance": "{N_8000_78000}"}]},
    {"name": "tickets.search", "arguments": {"team": "{E}", "opponent": "{E2}", "quantity": "{N_1_4}", "max_price": "{F_25_150}"}},
]
NOTES["sports_teams"] = {
    "header": L("Fixtures", "Spielplan", "Calendrier des matchs", "Calendario", "Tabela de jogos", "Calendario partite"),
    "lines": ["{DSHORT} {T} {E} – {E2}", "{DSHORT} {E} – {E2} {SCORE}"],
    "n": (2, 4),
    "footer": None,
}

# ---------------------------------------------------------------- ensembles
PROSE["ensembles"] = {
    "en": [
        "{E} are playing on {D} at {T}, doors {N_30_60} minutes earlier. Worth booking the {CUR_35_120} seats?",
        "Make me a playlist in the spirit of {E}, {N_10_20} tracks, nothing over {N_4_7} minutes.",
        "Concert recap for the newsletter: {E} played {N_14_24} pieces, encore at {T}. Two sentences, please.",
        "With {E} in town on {D}, what's a good place to eat nearby before a {T} start?",
        "An Evening with {E}: can you write a three-line blurb for the programme booklet? Doors at {T}, {N_2_3} sets.",
    ],
    "de": [
        "{E} spielen am {D} um {T} – lohnen sich die Plätze für {CUR_35_120}?",
        "Erstelle eine Playlist im Stil von {E}, {N_10_20} Titel.",
        "Ein Abend mit {E}: bitte einen kurzen Ankündigungstext, Einlass {T}.",
    ],
    "fr": [
        "{E} en concert le {D} à {T} : les places à {CUR_35_120}, ça vaut le coup ?",
        "Une playlist dans l'esprit de {E}, {N_10_20} titres ?",
        "Soirée avec {E} le {D} : tu peux écrire une annonce de trois lignes ? Ouverture des portes à {T}.",
    ],
    "es": [
        "{E} toca el {D} a las {T}; ¿valen la pena las entradas de {CUR_35_120}?",
        "Hazme una playlist al estilo de {E}, {N_10_20} temas.",
        "Una noche con {E} el {D}: ¿me escribes un anuncio de tres líneas? Puertas a las {T}.",
    ],
    "pt": [
        "{E} toca em {D} às {T}; vale a pena o ingresso de {CUR_35_120}?",
        "Monta uma playlist no estilo de {E}, {N_10_20} faixas.",
        "Uma noite com {E} em {D}: escreve um anúncio de três linhas? Abertura dos portões às {T}.",
    ],
    "it": [
        "{E} suonano il {D} alle {T}: valgono i posti da {CUR_35_120}?",
        "Fammi una playlist nello stile di {E}, {N_10_20} brani.",
        "Una serata con {E} il {D}: mi scrivi un annuncio di tre righe? Apertura porte alle {T}.",
    ],
}
TOOLS["ensembles"] = [
    {"name": "events.search", "arguments": {"ensemble": "{E}", "city": "{C}", "date_from": "{DISO}"}},
    {"results": [{"ensemble": "{E}", "venue": "{VENUE}", "date": "{DISO}", "start": "{T}", "price_from": "{F_18_160}"}]},
    {"name": "music.search", "arguments": {"query": "{E}", "type": "ensemble", "limit": "{N_3_10}"}},
]
NOTES["ensembles"] = {
    "header": L("Concert season", "Konzertsaison", "Saison des concerts", "Temporada de conciertos", "Temporada de concertos", "Stagione concertistica"),
    "lines": ["{DSHORT} — {E}, {VENUE}", "{DSHORT} {T} — {E}"],
    "n": (3, 5),
    "footer": None,
}

# ---------------------------------------------------------------- awards
PROSE["awards"] = {
    "en": [
        "Which titles made the {E} shortlist in {Y_2015_2023}? Just titles and publishers, please.",
        "The {E} ceremony is on {D} at {T} local time. What time is that here if we're {N_1_9} hours behind?",
        "Draft a press line: our museum's catalogue was longlisted for the {E}, one of {N_6_13} titles.",
        "How is the {E} judged? Short answer, it's for a quiz at {T}.",
    ],
    "de": [
        "Verleihung {E} am {D} um {T} Ortszeit – wie spät ist das bei uns bei {N_1_9} Stunden Zeitverschiebung?",
        "Shortlist {E} {Y_2015_2023}: welche Titel waren dabei?",
    ],
    "fr": [
        "Cérémonie {E} le {D} à {T}, heure locale : quelle heure chez nous avec {N_1_9} h de décalage ?",
        "Quels livres figuraient dans la sélection {E} {Y_2015_2023} ?",
    ],
    "es": [
        "Entrega {E}: el {D} a las {T} hora local; ¿qué hora es aquí con {N_1_9} horas de diferencia?",
        "Finalistas — {E} {Y_2015_2023}: ¿qué títulos había?",
    ],
    "pt": [
        "Cerimônia {E}: em {D} às {T}, horário local; que horas serão aqui com {N_1_9} horas de diferença?",
        "Quais títulos foram finalistas — {E} {Y_2015_2023}?",
    ],
    "it": [
        "Cerimonia {E}: il {D} alle {T} ora locale; che ore sono qui con {N_1_9} ore di differenza?",
        "Finalisti — {E} {Y_2015_2023}: quali titoli c'erano?",
    ],
}
TOOLS["awards"] = [
    {"name": "news.search", "arguments": {"query": "{E} {Y_2018_2025} shortlist", "lang": "{LANG}", "limit": "{N_3_10}"}},
    {"results": [{"award": "{E}", "year": "{Y_2018_2025}", "ceremony_date": "{DISO}", "venue_city": "{C}"}]},
    {"name": "calendar.create_event", "arguments": {"title": L("Livestream: {E}", "Livestream: {E}", "Direct : {E}", "Directo: {E}", "Transmissão: {E}", "Diretta: {E}"), "start": "{TS}", "duration_min": "{N_60_240}"}},
]
NOTES["awards"] = {
    "header": L("Awards calendar", "Preisverleihungen", "Calendrier des prix", "Calendario de premios", "Calendário de prêmios", "Calendario dei premi"),
    "lines": ["{DSHORT}: {E}", "{DSHORT} {T} — {E}"],
    "n": (3, 5),
    "footer": None,
}

# ---------------------------------------------------------------- orders_tracking
PROSE["orders_tracking"] = {
    "en": [
        "Order {ORD} from {E} has said 'out for delivery' since {T}, tracking {TRK}. How long should I wait before contacting them?",
        "Invoice {INV} from {E} lists {N_2_6} items for {CUR_40_400} incl. VAT. Can you check the VAT at 20%?",
        "Return label for {E}: parcel {TRK} via {CARRIER}, drop-off by {D}. Add it to my to-do list.",
        "The {E} refund of {CUR_10_200} for order {ORD} hasn't arrived after {N_5_14} business days. Draft a polite follow-up.",
        "Two parcels today: {TRK} ({CARRIER}) and order {ORD} from {E}. Which one needs a signature?",
    ],
    "de": [
        "Bestellung {ORD} von {E}: seit {T} „in Zustellung“, Sendungsnummer {TRK}. Wie lange warten?",
        "Rechnung {INV} von {E} über {CUR_40_400} inkl. MwSt. – stimmt die MwSt. bei 19 %?",
        "Rücksendung an {E}: Paket {TRK} mit {CARRIER}, abgeben bis {D}.",
    ],
    "fr": [
        "Commande {ORD} chez {E} : « en cours de livraison » depuis {T}, suivi {TRK}. Combien de temps attendre ?",
        "Facture {INV} de {E}, {CUR_40_400} TTC : la TVA à 20 % est-elle correcte ?",
    ],
    "es": [
        "Pedido {ORD} de {E}: «en reparto» desde las {T}, seguimiento {TRK}. ¿Cuánto espero?",
        "Factura {INV} de {E} por {CUR_40_400} con IVA: ¿está bien el 21 %?",
    ],
    "pt": [
        "Pedido {ORD} da {E}: \"saiu para entrega\" desde as {T}, rastreio {TRK}. Quanto tempo espero?",
        "Nota fiscal {INV} da {E} no valor de {CUR_40_400}: o frete de {CUR_9_39} está certo?",
    ],
    "it": [
        "Ordine {ORD} da {E}: «in consegna» dalle {T}, tracking {TRK}. Quanto devo aspettare?",
        "Fattura {INV} di {E} da {CUR_40_400} IVA inclusa: il 22 % è corretto?",
    ],
}
TOOLS["orders_tracking"] = [
    {"name": "shipping.track", "arguments": {"carrier": "{CARRIER}", "tracking_number": "{TRK}"}},
    {"results": [{"tracking_number": "{TRK}", "carrier": "{CARRIER}", "status": "in_transit", "last_scan": "{TS}", "location": "{C}"}]},
    {"name": "orders.get_status", "arguments": {"order_id": "{ORD}", "merchant": "{E}"}},
    {"invoice": "{INV}", "merchant": "{E}", "lines": [{"sku": "{SKU}", "qty": "{N_1_4}", "unit_price": "{F_3_180}"}, {"sku": "{SKU}", "qty": "{N_1_4}", "unit_price": "{F_3_180}"}], "vat_rate": 0.19, "total": "{F_20_600}", "currency": "{CURCODE}"},
    {"name": "returns.create_label", "arguments": {"merchant": "{E}", "order_id": "{ORD}", "carrier": "{CARRIER}", "reason": "wrong_size"}},
]
NOTES["orders_tracking"] = {
    "header": L("Deliveries", "Lieferungen", "Livraisons", "Entregas", "Entregas", "Consegne"),
    "lines": ["{ORD} — {E} — {TRK} ({W_in_transit})", "{ORD} — {E} — {W_delivered}", "{E}: {INV}, {CUR_20_300}"],
    "n": (3, 5),
    "footer": None,
}

# ---------------------------------------------------------------- hotels_travel
PROSE["hotels_travel"] = {
    "en": [
        "Booking for {E}: room {ROOMNUM}, check-in {D} after {T}. Flight {FL} lands at {T2}. Does the timing work?",
        "Upgrade offer at {E}: {CUR_30_120} per night for a junior suite on floor {N_3_22}. Worth it for {N_2_5} nights?",
        "Late checkout at {E} until {T} costs {CUR_20_60}. Our train leaves at {T2}. Is that or luggage storage cheaper?",
        "Dear {E} front desk, we'll arrive on flight {FL} around {T}. Could you hold the room? Help me word this politely.",
        "cc {E} reservations on the group booking for {N_8_30} rooms arriving {D}. Draft the message body only.",
    ],
    "de": [
        "Zimmer {ROOMNUM} im {E}, Check-in am {D} ab {T}, Flug {FL} landet um {T2}. Passt das?",
        "Upgrade-Angebot im {E}: {CUR_30_120} pro Nacht für eine Junior Suite im {N_3_22}. Stock. Lohnt sich das?",
        "Bitte die Reservierung vom {E} in cc nehmen: Gruppenbuchung, {N_8_30} Zimmer, Anreise {D}.",
    ],
    "fr": [
        "Chambre {ROOMNUM}, {E}, arrivée le {D} après {T}, vol {FL} qui atterrit à {T2} : ça passe ?",
        "Surclassement proposé par {E} : {CUR_30_120} la nuit pour une junior suite au {N_3_22}e étage. Ça vaut le coup ?",
    ],
    "es": [
        "Habitación {ROOMNUM} en {E}, entrada el {D} a partir de las {T}, el vuelo {FL} aterriza a las {T2}. ¿Me da tiempo?",
        "En {E} me ofrecen una junior suite en la planta {N_3_22} por {CUR_30_120} más por noche. ¿Vale la pena?",
    ],
    "pt": [
        "Quarto {ROOMNUM} no {E}, check-in em {D} a partir das {T}, voo {FL} pousa às {T2}. Dá tempo?",
        "O {E} ofereceu upgrade por {CUR_30_120} a diária, suíte no {N_3_22}º andar. Compensa?",
    ],
    "it": [
        "Camera {ROOMNUM}, {E}, check-in il {D} dalle {T}, il volo {FL} atterra alle {T2}: ci sto nei tempi?",
        "{E} propone un upgrade a {CUR_30_120} a notte, junior suite al {N_3_22}° piano. Conviene?",
    ],
}
TOOLS["hotels_travel"] = [
    {"name": "hotel.search", "arguments": {"hotel": "{E}", "check_in": "{DISO}", "nights": "{N_1_7}", "guests": "{N_1_4}", "room_type": "double"}},
    {"booking": {"hotel": "{E}", "reference": "{CONF}", "room": "{ROOMNUM}", "check_in": "{DISO}", "nights": "{N_1_7}", "rate": "{F_79_690}", "currency": "{CURCODE}"}},
    {"name": "flights.status", "arguments": {"flight_number": "{FLN}", "date": "{DISO}", "airline": "{AIRLINE}"}},
    {"results": [{"hotel": "{E}", "city": "{C}", "stars": "{N_3_5}", "price_per_night": "{F_79_690}", "free_cancellation": True}, {"hotel": "{E2}", "city": "{C2}", "stars": "{N_3_5}", "price_per_night": "{F_79_690}", "free_cancellation": False}]},
]
NOTES["hotels_travel"] = {
    "header": L("Itinerary", "Reiseplan", "Itinéraire", "Itinerario", "Roteiro", "Itinerario"),
    "lines": ["{DSHORT}: {FL} {T} → {E}, {W_hroom} {ROOMNUM}", "{DSHORT}: {E} ({W_checkin} {T})"],
    "n": (2, 4),
    "footer": None,
}

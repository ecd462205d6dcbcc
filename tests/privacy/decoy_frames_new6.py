#!/usr/bin/env python3
"""Decoy generator, set 6: realistic text containing NO personal data.

Every record is something a person or a tool might send to an AI assistant
(recipes, listings without addresses, course catalogues, changelogs, game
patch notes, astronomy, minerals, bird sightings, car repair, statement lines
without account numbers, tax-form instructions with empty field labels, hotel
reviews of named places, trails and huts, wine lists, agendas, weather, board
games, knitting, maths/physics, unit conversions, statute citations ...).

All fillers are hand written here.  No Faker / mimesis providers are used.
Any finding a detector makes on these records is a false positive.

Split is BY FRAME: frame names are sorted, and index % 5 in {0, 2} -> tune,
everything else -> heldout.  Fixed seed 6001, so output is byte-identical.

Run from /work/main:
    .venv-privacy/bin/python tests/privacy/decoy_frames_new6.py
"""
import hashlib
import json
import os
import random

SEED = 6001
N_PER_FILE = 2000
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_TUNE = os.path.join(HERE, "decoys_new6_tune.jsonl")
OUT_HELD = os.path.join(HERE, "decoys_new6_heldout.jsonl")

FRAMES = []


def frame(source, locale):
    def deco(fn):
        FRAMES.append((fn.__name__, source, locale, fn))
        return fn
    return deco


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------
def c(r, lst):
    return r.choice(lst)


def cs(r, lst, k):
    return r.sample(lst, k)


def dz(x, nd=1, comma=False):
    s = f"{x:.{nd}f}"
    return s.replace(".", ",") if comma else s


def rdate(r, y0, y1):
    return r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)


def d_iso(r, y0=2018, y1=2025):
    y, m, d = rdate(r, y0, y1)
    return f"{y:04d}-{m:02d}-{d:02d}"


def d_uk(r, y0=2018, y1=2025):
    y, m, d = rdate(r, y0, y1)
    return f"{d:02d}/{m:02d}/{y:04d}"


def d_us(r, y0=2018, y1=2025):
    y, m, d = rdate(r, y0, y1)
    return f"{m:02d}/{d:02d}/{y:04d}"


def d_de(r, y0=2018, y1=2025):
    y, m, d = rdate(r, y0, y1)
    return f"{d:02d}.{m:02d}.{y:04d}"


def hhmm(r, h0=6, h1=22, step=5):
    return f"{r.randint(h0, h1):02d}:{r.randrange(0, 60, step):02d}"


def digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def grouped(r, *sizes, sep="-"):
    return sep.join(digits(r, n) for n in sizes)


def nz(r, n):
    """n digits, first digit non-zero (so it cannot read as a trunk-prefixed national phone number)."""
    return str(r.randint(1, 9)) + digits(r, n - 1)


def ssn_shape(r, sep="-"):
    """3-2-4 shape that is never a valid SSN/ITIN: area 000/666, or group 00, or serial 0000."""
    k = r.randint(0, 2)
    a = c(r, ["000", "666"]) if k == 0 else nz(r, 3)
    g = "00" if k == 1 else f"{r.randint(1, 99):02d}"
    s_ = "0000" if k == 2 else f"{r.randint(1, 9999):04d}"
    return f"{a}{sep}{g}{sep}{s_}"


def nanp_shape(r, sep="-"):
    """3-3-4 shape that is never a valid NANP phone number (first digit 2-9 so no trunk prefix; second group starts with 0 or 1)."""
    return f"{r.randint(2, 9)}{digits(r, 2)}{sep}{r.randint(0, 1)}{digits(r, 2)}{sep}{digits(r, 4)}"


def cpf_shape(r):
    """Brazilian-CPF-shaped code with a deliberately WRONG check pair (never a valid CPF)."""
    base = [r.randint(0, 9) for _ in range(9)]
    s1 = sum(d * w for d, w in zip(base, range(10, 1, -1)))
    d1 = 0 if s1 % 11 < 2 else 11 - s1 % 11
    s2 = sum(d * w for d, w in zip(base + [d1], range(11, 1, -1)))
    d2 = 0 if s2 % 11 < 2 else 11 - s2 % 11
    bad = f"{(d1 + 1 + r.randint(0, 8)) % 10}{d2}"
    b = "".join(map(str, base))
    return f"{b[:3]}.{b[3:6]}.{b[6:]}-{bad}"


def lookalike(r):
    """A number group shaped like a phone/ID/date but labelled as something else."""
    forms = [
        lambda: f"part no. {nanp_shape(r)}",
        lambda: f"SKU {ssn_shape(r)}",
        lambda: f"batch {nz(r, 4)} {digits(r, 3)} {digits(r, 4)}",
        lambda: f"order #{grouped(r, 3, 7)}",
        lambda: f"lot {d_uk(r, 1950, 2004).replace('/', '')}",
        lambda: f"ISBN 978-{r.randint(0, 1)}-{digits(r, 3)}-{digits(r, 5)}-{r.randint(0, 9)}",
        lambda: f"catalogue ref. {nz(r, 2)} {digits(r, 4)} {digits(r, 4)}",
        lambda: f"serial {nz(r, 3)}{r.randint(0, 1)} {digits(r, 3)} {digits(r, 3)}",
        lambda: f"ticket {grouped(r, 5, 6)}",
        lambda: f"model {c(r, ['RX', 'KT', 'ZL', 'HB', 'PX'])}-{ssn_shape(r)}",
    ]
    return c(r, forms)()


# --------------------------------------------------------------------------
# shared English fillers (hand written)
# --------------------------------------------------------------------------
DISHES = [
    "shepherd's pie", "mushroom risotto", "lemon drizzle cake", "pad thai", "shakshuka",
    "banana bread", "spaghetti carbonara", "coq au vin", "ratatouille", "lasagne",
    "minestrone", "rosemary focaccia", "sourdough loaf", "seafood paella", "gazpacho",
    "moussaka", "pavlova", "Victoria sponge", "Eton mess", "Bakewell tart",
    "Yorkshire puddings", "clam chowder", "jambalaya", "chicken gumbo", "bibimbap",
    "tonkotsu ramen", "katsu curry", "dal makhani", "falafel wraps", "tiramisu",
    "crème brûlée", "apple crumble", "toad in the hole", "Cornish pasties", "Madeira cake",
    "Florentines", "Linzer torte", "beef Wellington", "Caesar salad", "Peach Melba",
    "eggs Benedict", "chilli con carne", "Thai green curry", "Black Forest gateau",
    "Boston baked beans", "Key lime pie", "Dundee cake", "Chelsea buns",
]
INGREDIENTS = [
    "rosemary", "basil", "sage", "fresh ginger", "jasmine rice", "basmati rice",
    "extra virgin olive oil", "Bramley apples", "Granny Smith apples", "Maris Piper potatoes",
    "Charlotte potatoes", "Jersey Royals", "Medjool dates", "Amalfi lemons",
    "San Marzano tomatoes", "Kalamata olives", "Marsala wine", "mature Cheddar",
    "Parmigiano Reggiano", "Gruyère", "Worcestershire sauce", "caster sugar",
    "strong white bread flour", "self-raising flour", "unsalted butter", "double cream",
    "buttermilk", "smoked paprika", "cumin seeds", "star anise", "fish sauce",
    "tamarind paste", "miso paste", "panko breadcrumbs", "Arborio rice", "chickpeas",
    "red lentils", "dark muscovado sugar", "cardamom pods", "saffron threads",
    "tahini", "golden syrup", "ground almonds", "Dijon mustard", "crème fraîche",
]
BAKE_PROBLEMS = [
    "dense in the middle", "soggy at the bottom", "too salty", "split", "dry and crumbly",
    "rubbery", "flat", "cracked on top", "grainy", "bland", "burnt at the edges",
    "undercooked in the centre", "greasy", "sunken in the middle", "too runny",
    "gummy", "tough", "bitter", "over-proved", "pale on top", "watery", "lumpy",
    "stuck to the tin", "sticky after cooling", "overly sweet", "chewy", "curdled",
    "collapsed", "sour", "leathery",
]
OVEN = ["180°C / 160°C fan / gas mark 4", "200°C (fan 180°C)", "220°C", "160°C fan",
        "350°F", "375°F", "425°F", "gas mark 6", "190°C", "150°C for the first hour",
        "240°C with steam", "170°C fan"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

GAME_ITEMS = [
    "Sunforged Aegis", "Glasswing Bow", "Hollowmere Lantern", "Emberfall Greatsword",
    "Tidecaller's Trident", "Veil of Ashes", "Frostbitten Gauntlets", "Starlit Quiver",
    "Obsidian Warpick", "Wyrmscale Mantle", "Thornroot Staff", "Gilded Compass",
    "Moonwell Chalice", "Stormglass Pendant", "Ironbark Shield", "Cinder Crown",
    "Whispering Dirk", "Saltmarsh Boots", "Duskwalker Cloak", "Bramblethorn Ring",
    "Copperwing Arbalest", "Voidglass Shard", "Hearthstone Amulet", "Skyforge Hammer",
    "Riftbinder Tome", "Grimtide Harpoon", "Lanternfish Charm", "Quicksilver Sabre",
    "Pale Orchard Bow", "Jade Serpent Flail", "Rimefang Axe", "Mirrorlake Circlet",
    "Ashen Halberd", "Verdant Seedpouch", "Crystal Aster Wand",
]
GAME_ZONES = [
    "Hollowmere Marsh", "the Sunken Archive", "Cinderpeak", "Glimmerwood", "the Salt Flats",
    "Frostveil Pass", "Ironhold Depths", "the Drowned Cathedral", "Emberreach",
    "Stormcrest Keep", "Ravenfall Ruins", "the Verdant Hollow", "Duskmire", "Brightwater Docks",
    "the Obsidian Spire", "Thornvale", "Skyreach Bastion", "Mistwalk Fen", "the Copper Mines",
    "Starfall Crater", "Gloamshore", "Palewind Steppe", "the Clockwork Vault", "Rootdeep Caverns",
    "Wyrmrest Terrace", "Moonlit Bazaar", "Ashgrove", "Tidewrack Isle", "the Hollow King's Court",
    "Lantern Row",
]
GAME_BOSSES = [
    "the Ashen Warden", "the Drowned Colossus", "the Glass Matriarch", "the Ember Hydra",
    "the Hollow King", "the Rimefang Alpha", "the Clockwork Sentinel", "the Thorn Mother",
    "the Storm Herald", "the Pale Shepherd", "the Void Leviathan", "the Cinder Twins",
    "the Copper Golem", "the Lantern Wraith", "the Salt Behemoth", "the Moonwell Guardian",
    "the Bramble Titan", "the Obsidian Drake", "the Duskmire Witch", "the Iron Juggernaut",
    "the Verdant Idol", "the Skyforge Construct", "the Mire Serpent", "the Frost Regent",
    "the Crimson Oracle", "the Grim Ferryman", "the Star-Eater", "the Quiet Choir",
    "the Sunken Bell", "the Bone Orchard",
]
STARS = [
    "Betelgeuse", "Rigel", "Vega", "Sirius", "Arcturus", "Aldebaran", "Polaris", "Capella",
    "Spica", "Antares", "Deneb", "Altair", "Procyon", "Regulus", "Fomalhaut", "Castor",
    "Pollux", "Mira", "Algol", "Bellatrix", "Canopus", "Achernar", "Mizar", "Alcor",
    "Albireo", "Dubhe", "Alnitak", "Mintaka", "Saiph", "Elnath", "Hadar", "Shaula",
    "Markab", "Alphecca", "Denebola", "Rasalhague",
]
DSOS = [
    "the Orion Nebula (M42)", "the Andromeda Galaxy (M31)", "the Pleiades (M45)",
    "the Ring Nebula (M57)", "the Dumbbell Nebula (M27)", "the Whirlpool Galaxy (M51)",
    "the Crab Nebula (M1)", "the Hercules Cluster (M13)", "the Beehive Cluster (M44)",
    "the Lagoon Nebula (M8)", "the Triangulum Galaxy (M33)", "the Double Cluster",
    "the Owl Nebula (M97)", "the Sombrero Galaxy (M104)", "the Eagle Nebula (M16)",
    "the Veil Nebula", "the Pinwheel Galaxy (M101)", "Bode's Galaxy (M81)",
    "the Cigar Galaxy (M82)", "the Wild Duck Cluster (M11)", "Omega Centauri",
    "the Trifid Nebula (M20)", "the Swan Nebula (M17)", "the Helix Nebula",
    "the Cat's Eye Nebula", "the Butterfly Cluster (M6)", "the Jewel Box",
    "the Coathanger asterism", "the Great Rift", "the Rosette Nebula",
]
MISSIONS = [
    ("Voyager 1", "1977-09-05", "Jupiter"), ("Voyager 2", "1977-08-20", "Neptune"),
    ("New Horizons", "2006-01-19", "Pluto"), ("Rosetta", "2004-03-02", "comet 67P"),
    ("Juno", "2011-08-05", "Jupiter"), ("Perseverance", "2020-07-30", "Jezero Crater"),
    ("Curiosity", "2011-11-26", "Gale Crater"), ("Chandrayaan-3", "2023-07-14", "the lunar south pole"),
    ("Hayabusa2", "2014-12-03", "asteroid Ryugu"), ("Gaia", "2013-12-19", "the L2 point"),
    ("TESS", "2018-04-18", "a high Earth orbit"), ("Artemis I", "2022-11-16", "lunar orbit"),
    ("Apollo 17", "1972-12-07", "Taurus–Littrow"), ("Luna 9", "1966-01-31", "Oceanus Procellarum"),
    ("Mars Express", "2003-06-02", "Mars"), ("Venus Express", "2005-11-09", "Venus"),
    ("Dawn", "2007-09-27", "Vesta and Ceres"), ("OSIRIS-REx", "2016-09-08", "asteroid Bennu"),
    ("Lucy", "2021-10-16", "the Jupiter trojans"), ("Psyche", "2023-10-13", "asteroid 16 Psyche"),
    ("Europa Clipper", "2024-10-14", "Europa"), ("JUICE", "2023-04-14", "Ganymede"),
    ("Magellan", "1989-05-04", "Venus"), ("Pioneer 10", "1972-03-03", "Jupiter"),
    ("Giotto", "1985-07-02", "comet Halley"), ("Cassini–Huygens", "1997-10-15", "Saturn"),
    ("Kepler", "2009-03-07", "an Earth-trailing orbit"), ("Parker Solar Probe", "2018-08-12", "the Sun"),
    ("BepiColombo", "2018-10-20", "Mercury"), ("Tianwen-1", "2020-07-23", "Utopia Planitia"),
    ("Mars Pathfinder", "1996-12-04", "Ares Vallis"), ("SOHO", "1995-12-02", "the L1 point"),
]
MINERALS = [
    "quartz", "orthoclase", "labradorite", "malachite", "azurite", "pyrite", "galena",
    "sphalerite", "hematite", "magnetite", "almandine garnet", "olivine", "schorl tourmaline",
    "beryl", "topaz", "fluorite", "calcite", "dolomite", "gypsum", "halite", "muscovite",
    "biotite", "hornblende", "augite", "epidote", "kyanite", "staurolite", "chalcopyrite",
    "cinnabar", "rhodochrosite", "amethyst", "agate", "red jasper", "opal", "obsidian",
    "serpentine", "barite", "celestine", "apatite", "corundum", "rutile", "vivianite",
]
MINERAL_SITES = [
    "an old quarry above the valley", "a road cut on the A-road out of town", "the shingle beach",
    "spoil heaps at a disused lead mine", "a river gravel bar", "the Black Hills",
    "the Harz mountains", "the Eifel volcanic field", "a granite tor on the moor",
    "a limestone pavement", "the Lake District fells", "the Cornish coast", "a slate tip",
    "the Mojave desert", "a creek bed in the Ozarks", "the Jurassic Coast", "the Atacama",
    "a chalk cliff", "the Scottish Highlands", "a basalt column field", "the Vosges",
    "the Tatra foothills", "the Pyrenees", "a sandstone gorge", "a clay pit", "a gravel pit",
    "the Alps near the glacier snout", "a volcanic beach in Iceland", "the Arizona badlands",
    "a fossil-rich shale bank",
]
COLOURS = ["pale green", "deep violet", "honey-yellow", "brassy", "milky white", "blood-red",
           "smoky brown", "sky-blue", "jet black", "pink", "orange", "colourless", "olive",
           "steel-grey", "bottle-green", "rusty red", "lilac", "cream"]
BIRDS = [
    "Eurasian Wren", "Common Kingfisher", "Red Kite", "Barn Owl", "Great Crested Grebe",
    "Black-tailed Godwit", "Northern Lapwing", "Little Egret", "Grey Heron", "Eurasian Curlew",
    "Mistle Thrush", "Goldcrest", "Firecrest", "Marsh Harrier", "Peregrine Falcon",
    "Common Redstart", "Pied Flycatcher", "Dartford Warbler", "Bearded Tit", "Sandwich Tern",
    "Arctic Skua", "Ruddy Turnstone", "Whooper Swan", "Jack Snipe", "Robin", "Jay",
    "House Martin", "Sand Martin", "Merlin", "Dotterel", "Whimbrel", "Spoonbill", "Avocet",
    "Bittern", "Osprey", "Hoopoe", "Wryneck", "Snow Bunting", "Twite", "Brambling",
    "Waxwing", "Nuthatch", "Treecreeper", "Yellowhammer", "Stonechat", "Wheatear",
]
BIRD_EPONYMS = ["Bewick's Swan", "Montagu's Harrier", "Cetti's Warbler", "Sabine's Gull",
                "Ross's Gull", "Wilson's Phalarope", "Leach's Storm Petrel", "Temminck's Stint"]
BIRD_SITES = [
    "Minsmere", "Slimbridge", "Titchwell Marsh", "Rainham Marshes", "Cley Marshes",
    "Leighton Moss", "Bempton Cliffs", "Loch Garten", "the Farne Islands", "Dungeness",
    "Spurn Point", "Frampton Marsh", "Blacktoft Sands", "Ynys-hir", "Cape May", "Point Pelee",
    "Doñana", "the Camargue", "Texel", "Falsterbo", "Hortobágy", "Lake Neusiedl",
    "the Danube Delta", "Bosque del Apache", "the Everglades", "Jamaica Bay", "Sandy Hook",
    "Point Reyes", "Hawk Mountain", "Magee Marsh", "Portland Bill", "Flamborough Head",
]
CAR_MODELS = [
    "Golf Mk7 1.4 TSI", "Fiesta 1.0 EcoBoost", "Corolla Hybrid", "Civic Type R FK8",
    "Octavia vRS", "Qashqai J11", "Clio IV 0.9 TCe", "Megane RS", "BMW 320d F30", "Audi A4 B9",
    "Tesla Model 3 Long Range", "Nissan Leaf 40 kWh", "Subaru Outback 2.5i", "Honda CR-V 2.0",
    "Kuga PHEV", "Polo 6R", "Astra K", "Corsa E", "GR Yaris", "Hyundai i30 N", "Kia Ceed GT",
    "Honda Jazz 1.3", "Mazda MX-5 ND", "Suzuki Swift Sport", "Dacia Duster", "Fiat Panda 4x4",
    "Abarth 595", "Mercedes C-Class W205", "Range Rover Evoque", "Defender 110",
    "Ford Transit Custom", "Sprinter 316 CDI", "Citroën Berlingo", "Zafira Tourer",
    "Sandero Stepway", "Skoda Fabia", "Volvo XC60 D4", "Peugeot 308 SW", "Mini Cooper S R56",
]
OBD = ["P0301", "P0420", "P0171", "P0442", "P2463", "P0087", "U0100", "C0035", "B1318",
       "P0300", "P0128", "P0401", "P0455", "P0700", "P2002", "P0299", "P0113", "P0340",
       "P0016", "P0505", "P0562", "P0606", "P1351", "P0234", "P0030", "P0135", "P2187",
       "P0011", "P0507", "P0456"]
CAR_PARTS = ["ignition coils", "spark plugs", "the MAF sensor", "the EGR valve", "the DPF pressure sensor",
             "the thermostat", "the water pump", "the timing belt", "brake pads and discs",
             "the lambda sensor", "the fuel filter", "the glow plugs", "the dual-mass flywheel",
             "the clutch slave cylinder", "the alternator", "the battery", "the PCV valve",
             "the turbo actuator", "the wheel bearing", "the drop links", "the coolant temperature sensor",
             "the injectors", "the intake manifold gasket", "the throttle body", "the cabin filter",
             "the CV boot", "the starter motor", "the purge valve", "the crank sensor", "the camshaft sensor"]
MERCHANTS = [
    "TESCO STORES", "COSTA COFFEE", "SPOTIFY P1A2", "NETFLIX.COM", "TFL TRAVEL CH",
    "AMAZON MKTPLACE", "SHELL FUEL", "BP CONNECT", "PRET A MANGER", "ALDI 72", "LIDL GB",
    "DELIVEROO", "UBER TRIP", "APPLE.COM/BILL", "GOOGLE STORAGE", "CITY PARKING",
    "PUREGYM DD", "COUNCIL TAX DD", "WATER SUPPLY DD", "OCTOPUS ENERGY", "VODAFONE DD",
    "ODEON CINEMAS", "NATIONAL RAIL", "IKEA LTD", "B&Q WAREHOUSE", "BOOTS PHARMACY",
    "SAVERS", "POST OFFICE", "STEAM PURCHASE", "NINTENDO ESHOP", "CO-OP GROUP FOOD",
    "WAITROSE", "THE RIVERSIDE CAFE", "HALFORDS", "JUST EAT", "CAFFE NERO", "ZIPCAR",
]
HOTELS = [
    "The Harbour Lantern", "Hotel Belvedere", "Grand Hotel Aurora", "The Copper Kettle Inn",
    "Casa Limone", "The Salt House", "The Old Ropewalk", "Hotel Esplanade", "Hotel Lindenhof",
    "The Drover's Rest", "Seaview Lodge", "Riverside Inn", "The Mermaid Tavern", "Hotel Alpenrose",
    "Hotel Continental", "Pension Edelweiss", "The Kingfisher Arms", "The Fox & Hounds",
    "The Crown and Anchor", "Hotel Mirabelle", "Villa Serena", "Casa Rosa", "Hotel Bella Vista",
    "The Ivy Room", "The Olive Grove", "Jasmine Garden Hotel", "The Rose & Crown",
    "Madison Suites", "Hotel Florian", "The Lighthouse Keeper's Cottage", "Hotel Adelaide",
    "The Granary", "Hotel Savoy", "Parkview Residence", "The Lakeside Boathouse",
]
RESTAURANTS = [
    "Osteria del Ponte", "Bistro Margaux", "Le Petit Zinc", "The Salt Cellar", "Trattoria Il Faro",
    "The Hungry Heron", "Sakura Ramen Bar", "Taverna Thalassa", "El Rincón", "Brasserie du Port",
    "The Pickled Walnut", "Café Lumière", "Noodle Republic", "The Smokehouse", "Casa Verde",
    "Brasserie Aurore", "The Green Fig", "Ristorante Bella Vista", "The Blue Anchor",
    "Kebab Palace", "Dim Sum Garden", "The Cheese Larder", "Pizzeria Vesuvio", "The Wild Garlic",
    "Tapas Sierra", "Curry Leaf", "The Oyster Shed", "Harvest Table", "Café Florence",
    "The Hazel Tree",
]
CITIES = [
    "Florence", "Victoria", "Sydney", "Adelaide", "Charlotte", "Austin", "Madison", "Regina",
    "Alice Springs", "Savannah", "Lourdes", "Santiago", "San Jose", "Jackson", "Georgetown",
    "Lisbon", "Porto", "Ghent", "Bruges", "Salzburg", "Ljubljana", "Kraków", "Tallinn",
    "Seville", "Valencia", "Bologna", "Lyon", "Bordeaux", "Edinburgh", "York", "Bath",
    "Galway", "Bergen", "Quebec City", "Hobart", "Wellington", "Nelson", "Chester",
]
TRAILS = [
    "Pennine Way", "West Highland Way", "Tour du Mont Blanc", "Camino Francés", "GR20",
    "Haute Route", "Alta Via 1", "Kungsleden", "Pacific Crest Trail", "Appalachian Trail",
    "Cotswold Way", "South Downs Way", "Coast to Coast", "Lycian Way", "Rota Vicentina",
    "Malerweg", "Rennsteig", "Westweg", "Adlerweg", "Laugavegur", "Milford Track",
    "Overland Track", "Inca Trail", "Alta Via 2", "Via Francigena", "Routeburn Track",
    "Great Glen Way", "Dales Way", "Pembrokeshire Coast Path", "Tour of the Matterhorn",
    "Walker's Haute Route", "Stubai High Trail",
]
HUTS = [
    "Refuge du Goûter", "Rifugio Lagazuoi", "Knorrhütte", "Refugio de Góriz", "Cabane de Moiry",
    "Meilerhütte", "Hörnlihütte", "Rifugio Auronzo", "Refuge de la Pierre à Bérard",
    "Berliner Hütte", "Olpererhütte", "Lamsenjochhütte", "Taschachhaus", "Rappenseehütte",
    "Falkenhütte", "Karwendelhaus", "Solsteinhaus", "Erfurter Hütte", "Refuge des Mottets",
    "Rifugio Bonatti", "Cabane du Mont Fort", "Refuge du Lac Blanc", "Rifugio Nuvolau",
    "Blaueishütte", "Kärlingerhaus", "Sulzenauhütte", "Dresdner Hütte", "Nürnberger Hütte",
    "Rifugio Vajolet", "Capanna Regina Margherita",
]
GRAPES = [
    "Cabernet Sauvignon", "Merlot", "Pinot Noir", "Chardonnay", "Riesling", "Grüner Veltliner",
    "Sangiovese", "Nebbiolo", "Tempranillo", "Garnacha", "Malbec", "Syrah", "Grenache",
    "Viognier", "Albariño", "Verdejo", "Touriga Nacional", "Chenin Blanc", "Sémillon",
    "Gewürztraminer", "Barbera", "Dolcetto", "Aglianico", "Primitivo", "Nero d'Avola",
    "Carménère", "Zinfandel", "Pinot Grigio", "Vermentino", "Furmint", "Blaufränkisch",
    "Sylvaner", "Marsanne", "Roussanne", "Mourvèdre", "Cabernet Franc", "Petit Verdot",
]
ESTATES = [
    "Domaine des Trois Chênes", "Château La Croix Blanche", "Bodega Los Almendros",
    "Weingut am Steinberg", "Quinta do Vale Escuro", "Cantina del Poggio", "Château Margaux",
    "Domaine de la Source", "Tenuta Le Colline", "Bodegas Sierra Alta", "Clos des Cerisiers",
    "Weingut Sonnenhang", "Quinta da Serra", "Cantina Rocca Nera", "Château Belair-Rivière",
    "Domaine du Vieux Moulin", "Bodega Tierra Roja", "Tenuta Santa Chiara", "Weingut Kalkstein",
    "Mas de la Garrigue", "Château Haut-Lagune", "Domaine Sainte-Croix", "Podere Il Castagno",
    "Bodega Cumbre Norte", "Weingut Rosenhof", "Quinta das Oliveiras", "Cantine Monte Lungo",
    "Château Les Vignes Hautes", "Domaine Clos Saint-Jean", "Vinha do Rio", "Estate Riverstone",
]
WINE_REGIONS = [
    "Bordeaux", "Burgundy", "Rioja", "Ribera del Duero", "Douro", "Mosel", "Rheingau",
    "Wachau", "Piedmont", "Tuscany", "Sicily", "Mendoza", "Barossa", "Marlborough",
    "Napa Valley", "Sonoma", "Willamette Valley", "Stellenbosch", "Alsace", "Loire",
    "Rhône", "Priorat", "Rías Baixas", "Tokaj", "Burgenland", "Colchagua", "Hawke's Bay",
    "Puglia", "Campania", "Languedoc", "Santorini", "Alentejo",
]
GAMES = [
    "Catan", "Carcassonne", "Ticket to Ride", "Pandemic", "Azul", "Wingspan", "Terraforming Mars",
    "Gloomhaven", "Root", "Scythe", "Everdell", "Agricola", "Puerto Rico", "Dominion",
    "7 Wonders", "Splendor", "Codenames", "Dixit", "Kingdomino", "Spirit Island",
    "Brass: Birmingham", "Cascadia", "Patchwork", "Jaipur", "Lost Cities", "Hanabi", "Concordia",
    "Viticulture", "Great Western Trail", "Orléans", "Mysterium", "Ark Nova", "Dune: Imperium",
]
YARN_SHADES = ["Heather", "Ivy", "Rose", "Olive", "Hazel", "Juniper", "Saffron", "Marigold",
               "Clementine", "Rosemary", "Violet", "Holly", "Amber", "Pearl", "Iris", "Willow",
               "Poppy", "Fern", "Sienna", "Moss", "Storm", "Dune", "Bramble", "Damson", "Oatmeal",
               "Slate", "Heath", "Lichen", "Fjord", "Ember"]
YARN_LINES = ["Heather Tweed DK", "Highland Aran", "Shetland Spindrift", "Merino Silk 4ply",
              "Alpaca Cloud Chunky", "Brushed Mohair Lace", "Cotton Breeze DK", "Organic Worsted",
              "Bluefaced Leicester Sport", "Sock Yarn 75/25", "Superwash Merino Fingering",
              "Wool & Linen Aran", "Recycled Denim DK", "Yak Blend Lace", "Chunky Roving"]
WEATHER_REGIONS_UK = [
    "the Scottish Highlands", "East Anglia", "the Pennines", "Cornwall and Devon", "Northern Ireland",
    "the Lake District", "Snowdonia", "the Midlands", "the Home Counties", "the Channel Islands",
    "the Hebrides", "Orkney and Shetland", "the Yorkshire Dales", "South Wales", "the Fens",
    "the Peak District", "the Isle of Wight", "Kent", "Cumbria", "the Borders",
]
WEATHER_REGIONS_US = [
    "the Pacific Northwest", "the Gulf Coast", "Georgia", "the Carolinas", "the Front Range",
    "the Upper Midwest", "New England", "the Central Valley", "West Texas", "the Ozarks",
    "Charlotte", "Austin", "Madison", "Savannah", "Jackson", "Tyler", "the Florida Keys",
    "the Great Lakes", "the Mojave", "Puget Sound",
]
WEATHER_COND = ["bright spells and scattered showers", "persistent rain clearing later",
                "low cloud and drizzle", "clear skies and a frosty start", "thundery downpours",
                "hazy sunshine", "fog patches lifting by mid-morning", "sleet on higher ground",
                "blustery with squally showers", "dry and settled", "heavy snow above 400 m",
                "mostly cloudy", "humid with isolated storms", "freezing fog", "strong sunshine, high UV"]
STORMS = ["Storm Ciarán", "Storm Babet", "Storm Eunice", "Hurricane Ian", "Hurricane Otis",
          "Storm Arwen", "Hurricane Idalia", "Storm Isha", "Storm Jocelyn", "Storm Bert"]

PKGS = ["tokio", "serde", "requests", "numpy", "pandas", "express", "lodash", "django", "flask",
        "fastapi", "pydantic", "react-router", "vite", "webpack", "eslint", "prettier", "clap",
        "reqwest", "axum", "sqlalchemy", "celery", "pytest", "black", "ruff", "polars", "rich",
        "httpx", "uvicorn", "nextcloud-client", "ripgrep", "zstd", "openssl", "libcurl",
        "typescript", "esbuild", "jest", "mocha", "rayon", "hyper", "tauri"]
CHANGE_LINES = [
    "Add support for {feat}", "Fix panic when {cond}", "Deprecate the {opt} option",
    "Improve performance of {feat} by {pct}%", "Bump minimum supported version to {ver}",
    "Fix regression introduced in {ver}", "Remove unused {feat} module", "Handle {cond} gracefully",
    "Document the {opt} flag", "Make {opt} default to false", "Reduce memory usage of {feat}",
    "Fix off-by-one error in {feat}", "Add {opt} to the CLI", "Update bundled {feat} to {ver}",
]
CHANGE_FEATS = ["HTTP/2 pooling", "streaming JSON", "async file I/O", "Unicode normalisation",
                "zero-copy parsing", "TLS 1.3", "WASM builds", "the plugin loader", "config hot reload",
                "colour output", "Windows long paths", "ARM64 wheels", "lazy imports", "incremental builds",
                "the query planner", "glob matching", "time zone handling", "IPv6 sockets",
                "the retry policy", "progress bars", "sparse checkouts", "cache invalidation",
                "the LSP server", "structured logging", "gzip decoding", "SIMD hashing",
                "range requests", "connection keep-alive", "schema validation", "dark mode"]
CHANGE_CONDS = ["the input is empty", "a header exceeds 8 KiB", "the socket closes mid-read",
                "the config file is missing", "running on musl", "the path contains spaces",
                "the locale is not UTF-8", "two workers share a lock", "the server returns 304",
                "a timeout of 0 is passed", "the terminal width is 0", "stdin is not a TTY",
                "the cache directory is read-only", "an integer overflows u32", "DST ends"]
CHANGE_OPTS = ["--strict", "--no-cache", "max_retries", "follow_redirects", "--jobs", "timeout_ms",
               "--locked", "allow_unsigned", "--offline", "pool_size", "--color", "keep_alive",
               "--frozen", "verify_tls", "--quiet", "chunk_size"]


def ver(r):
    return f"{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 15)}"


# ==========================================================================
# ENGLISH PROSE FRAMES
# ==========================================================================
@frame("decoy_prose", "en")
def en_recipe_question(r):
    dish, a, b = c(r, DISHES), c(r, INGREDIENTS), c(r, INGREDIENTS)
    q1 = f"{r.choice([50, 75, 100, 125, 150, 200, 225, 250, 300, 400, 450, 500])} g"
    q2 = c(r, ["1 tsp", "2 tsp", "1 tbsp", "3 tbsp", "120 ml", "250 ml", "a pinch of", "2 cups",
               "½ cup", "3 sprigs of", "a thumb-sized piece of", "4 cloves of"])
    t = r.randint(0, 6)
    if t == 0:
        return (f"I'm making {dish} for {r.randint(2, 14)} people this {c(r, WEEKDAYS)}. The recipe says {q1} "
                f"of {a} and {q2} {b}, but I only have about {r.randint(30, 95)}% of that. Can I scale it down, "
                f"and should I still cook it at {c(r, OVEN)}?")
    if t == 1:
        return (f"Why does my {dish} recipe always come out {c(r, BAKE_PROBLEMS)}? I use {a}, {b} and bake at "
                f"{c(r, OVEN)} for {r.randint(12, 95)} minutes in a {r.choice([20, 23, 25, 28, 30])} cm tin.")
    if t == 2:
        return (f"Is {a} an OK substitute for {b} in {dish}? The card (recipe no. {r.randint(10, 999)}, "
                f"{lookalike(r)}) lists {q1}.")
    if t == 3:
        return (f"How long should {dish} rest before slicing? Mine is a {dz(r.uniform(0.8, 3.5))} kg batch and "
                f"the core hit {r.randint(58, 96)}°C after {r.randint(40, 180)} min.")
    if t == 4:
        return (f"Menu plan for {c(r, WEEKDAYS)}: starter {c(r, DISHES)}, main {dish}, pudding {c(r, DISHES)}. "
                f"Which of these can I make the day before? Oven is a single {r.choice([60, 65, 71, 72])} L one.")
    if t == 5:
        return (f"Converting a US recipe for {dish}: it wants {r.choice([1, 2, 3])} sticks of butter and "
                f"{r.choice(['1 ⅓', '2 ½', '¾', '1 ¼'])} cups of {b}. What's that in grams? Oven at {c(r, OVEN)}.")
    return (f"Leftover {a} and {b} from the {dish} — any ideas that use both within {r.randint(2, 5)} days? "
            f"I've got {r.randint(2, 12)} eggs and {r.choice([200, 300, 500, 750])} ml of stock.")


@frame("decoy_prose", "en")
def en_recipe_card(r):
    dish = c(r, DISHES)
    ings = cs(r, INGREDIENTS, r.randint(3, 6))
    lines = [f"- {r.choice([10, 25, 40, 60, 100, 150, 200, 250, 300, 400])} g {i}" for i in ings]
    steps = cs(r, [
        f"Preheat the oven to {c(r, OVEN)}.", "Line a baking tray with parchment.",
        f"Whisk for {r.randint(2, 8)} minutes until pale.", f"Simmer gently for {r.randint(10, 45)} minutes.",
        "Fold in the dry ingredients in three additions.", f"Chill for at least {r.randint(1, 12)} hours.",
        "Season to taste and finish with the herbs.", f"Bake for {r.randint(15, 70)} minutes, turning once.",
        "Rest on a wire rack before slicing.", "Toast the spices in a dry pan until fragrant.",
        "Blitz half of the mixture and stir it back in.", "Brush with beaten egg for a glossy top.",
    ], r.randint(3, 5))
    head = c(r, [f"Name: {dish.capitalize()}", f"Recipe name: {dish.capitalize()}", f"Title: {dish.capitalize()}"])
    meta = c(r, ["Source: [fill in]", "Contributed by: —", "Author: (leave blank)", "From: the club cookbook, p. "
                 + str(r.randint(4, 310)), "Phone: n/a (this is a recipe card)", "Date: " + d_uk(r)])
    return (f"{head}\nServes: {r.randint(2, 12)} | Prep: {r.randint(5, 45)} min | Cook: {r.randint(10, 240)} min\n"
            f"{meta}\nIngredients:\n" + "\n".join(lines) + "\nMethod:\n"
            + "\n".join(f"{i + 1}. {s}" for i, s in enumerate(steps)))


PROPERTY_TYPES = ["flat", "maisonette", "terraced house", "semi-detached house", "bungalow", "loft apartment",
                  "studio", "penthouse", "townhouse", "cottage", "duplex", "converted barn", "mews house",
                  "garden flat", "detached villa"]
PROPERTY_AREAS = [
    "a quiet residential area close to the river", "a leafy conservation area", "the old town centre",
    "a new-build development on the edge of the village", "walking distance of the tram stop",
    "a former textile mill", "a cul-de-sac near the primary school", "the harbour quarter",
    "a hillside setting with views over the valley", "a mixed-use block above shops",
    "the university district", "a gated development with a shared garden", "the market square",
    "a rural hamlet 10 minutes from the motorway", "the regenerated docklands", "a seafront terrace",
    "a Georgian crescent", "a 1930s parade", "the station quarter", "a wooded plot",
    "the cathedral close", "a canal-side development", "a business park conversion",
    "a village with a bakery and a pub", "the old brewery site", "an art-deco block",
    "a farmstead", "the golf course estate", "a lakeside setting", "a former schoolhouse",
]
PROPERTY_FEATURES = ["south-facing balcony", "underfloor heating", "triple glazing", "air-source heat pump",
                     "solar panels (4.2 kWp)", "open-plan kitchen", "walk-in shower", "EV charger",
                     "private parking space", "cellar storage", "log burner", "utility room", "roof terrace",
                     "bike store", "lift", "wood floors throughout", "garden office", "en-suite to the main bedroom",
                     "fibre broadband", "high ceilings", "sash windows", "double garage", "concierge",
                     "allotment plot", "secure entry system", "mezzanine", "loft conversion", "orangery"]


@frame("decoy_prose", "en")
def en_realestate_listing(r):
    pt = c(r, PROPERTY_TYPES)
    rooms, m2 = r.randint(1, 7), r.randint(28, 260)
    ec = c(r, "ABCDEFG")
    f1, f2, f3 = cs(r, PROPERTY_FEATURES, 3)
    price = c(r, [f"£{r.randint(95, 1450) * 1000:,}", f"£{r.randint(650, 3900):,} pcm", f"€{r.randint(120, 990)} 000",
                  f"${r.randint(180, 2200) * 1000:,}", f"£{r.randint(900, 2600):,} per month"])
    floors = r.randint(1, 14)
    addr = c(r, ["Address: shown after booking a viewing", "Address: withheld by the agent", "Address: [on request]",
                 "Location: postcode district only", "Address: see map pin (approximate)"])
    phone = c(r, ["Phone: via the portal only", "Phone: —", "Contact: use the enquiry form",
                  "Viewings: Saturdays 10:00–13:00", "Phone: not listed"])
    return (f"{pt.capitalize()} for {'sale' if r.random() < 0.6 else 'rent'} — {rooms} bedroom{'s' if rooms > 1 else ''}, "
            f"{m2} m² ({round(m2 * 10.764)} sq ft), energy class {ec}\n"
            f"Set in {c(r, PROPERTY_AREAS)}. {f1.capitalize()}, {f2} and {f3}. Floor {r.randint(0, floors)} of "
            f"{floors}, built {r.randint(1860, 2024)}. {price}. Council tax band {c(r, 'ABCDEFGH')}.\n"
            f"{addr}\n{phone}\nRef: {c(r, ['LST', 'RNT', 'PRP', 'HSE'])}-{digits(r, 6)}")


SUBJECTS = ["Linear Algebra", "Organic Chemistry II", "Introduction to Microeconomics", "Medieval History",
            "Data Structures", "Fluid Mechanics", "Comparative Literature", "Molecular Biology",
            "Statistical Inference", "Quantum Mechanics I", "Urban Planning", "Ethics and Technology",
            "Marine Ecology", "Cognitive Psychology", "Operating Systems", "Real Analysis",
            "Thermodynamics", "Spanish for Beginners", "Japanese II", "Music Theory", "Painting Studio",
            "Financial Accounting", "Machine Learning", "Public Health", "Structural Engineering",
            "Astrophysics", "Classical Mythology", "Game Design", "Soil Science", "Creative Writing",
            "Number Theory", "Signal Processing", "Volcanology", "Behavioural Economics"]
DEPTS = ["MATH", "CHEM", "ECON", "HIST", "CS", "ENGR", "LIT", "BIOL", "STAT", "PHYS", "PLAN", "PHIL",
         "MARS", "PSYC", "ACCT", "PUBH", "ASTR", "CLAS", "ARTS", "GEOL", "MUSC", "LING", "SPAN", "JAPN"]
BUILDINGS = ["Science Centre", "North Quad", "Library Annex", "Hall C", "Engineering Block B",
             "Arts Tower", "Old Observatory", "Lecture Theatre 3", "Humanities Wing", "Chemistry Labs",
             "Innovation Hub", "Riverside Building", "Maths Institute", "Music Pavilion", "Student Union",
             "Clocktower Building", "Glasshouse", "West Annex", "Sports Hall", "Medical School",
             "Brunel Building", "Franklin Hall", "Rutherford Lab", "Curie Wing", "Darwin Building",
             "Main Building", "Geology Block", "Design Studio", "Language Centre", "Seminar Room G"]


@frame("decoy_prose", "en")
def en_course_catalogue(r):
    out = []
    for _ in range(r.randint(1, 3)):
        dep, subj = c(r, DEPTS), c(r, SUBJECTS)
        days = c(r, ["MWF", "TTh", "MW", "F", "Tu", "Th", "M–Th"])
        h = r.randint(8, 18)
        sec = f"{r.randint(1, 12):02d}"
        out.append(
            f"{dep} {r.randint(100, 499)} — {subj} ({r.choice([2, 3, 4, 5, 6, 7.5, 10, 15, 20])} credits)\n"
            f"Section {sec} · {days} {h:02d}:{r.choice(['00', '05', '10', '30'])}–{h + r.choice([1, 2]):02d}:"
            f"{r.choice(['00', '20', '45', '50'])} · {c(r, BUILDINGS)} {r.randint(0, 4)}.{r.randint(1, 40):02d}\n"
            f"Prerequisite: {c(r, DEPTS)} {r.randint(100, 299)}. Instructor: {c(r, ['Staff', 'TBA', 'see department page', 'to be confirmed'])}. "
            f"CRN {digits(r, 5)}. Capacity {r.randint(12, 320)}.")
    intro = c(r, ["Can you check these fit together without clashes?\n", "Course catalogue extract, term "
                  + c(r, ["Autumn", "Spring", "Fall", "Winter", "Summer"]) + f" {r.randint(2023, 2026)}:\n",
                  "Which of these would count towards a minor?\n", ""])
    return intro + "\n\n".join(out)


SCHOOL_SUBJ = ["Maths", "English", "Biology", "Chemistry", "Physics", "French", "German", "Spanish",
               "History", "Geography", "Art", "Music", "PE", "Drama", "Computing", "RE", "PSHE",
               "Design & Technology", "Food Tech", "Latin", "Economics", "Business", "Media Studies",
               "Sociology", "Psychology", "Further Maths", "Citizenship", "Library", "Form time", "Assembly"]


@frame("decoy_prose", "en-gb")
def en_gb_school_timetable(r):
    day = c(r, WEEKDAYS[:5])
    per = []
    t = 8 * 60 + r.choice([40, 45, 50, 55])
    for p in range(1, r.randint(5, 7)):
        per.append(f"P{p} {t // 60:02d}:{t % 60:02d} {c(r, SCHOOL_SUBJ)} (Rm {c(r, ['S', 'M', 'H', 'L', 'A', 'D'])}{r.randint(1, 24)})")
        t += r.choice([50, 55, 60, 65]) + (20 if p == 2 else 0) + (35 if p == 4 else 0)
    q = c(r, ["Can you turn this into a table?", "Is there a way to fit an extra Music lesson in?",
              "Which day has the most double periods?", "Make a colour-coded version, please.",
              "How many minutes of Maths is that per fortnight if Week B is the same?"])
    return f"Year {r.randint(7, 13)} {c(r, ['set', 'group', 'form'])} {c(r, 'ABCDEFGHKLMRT')}{r.randint(1, 4)} — {day} (Week {c(r, 'AB')}):\n" + "\n".join(per) + f"\n{q}"


@frame("decoy_prose", "en")
def en_changelog(r):
    pkg, v = c(r, PKGS), ver(r)
    lines = []
    for _ in range(r.randint(2, 6)):
        tpl = c(r, CHANGE_LINES)
        lines.append("- " + tpl.format(feat=c(r, CHANGE_FEATS), cond=c(r, CHANGE_CONDS), opt=c(r, CHANGE_OPTS),
                                       pct=r.randint(5, 70), ver=ver(r)) + f" (#{r.randint(100, 19999)})")
    head = f"## [{v}] - {d_iso(r, 2019, 2025)}"
    q = c(r, [f"We're on {pkg} {ver(r)}. Is upgrading to {v} safe given this changelog?\n\n",
              f"Summarise the breaking changes in {pkg} {v}:\n\n", "", f"Pasted from the {pkg} releases page:\n\n",
              f"After bumping {pkg} to {v} our build ({lookalike(r)}) fails. Relevant notes:\n\n"])
    return q + head + "\n### " + c(r, ["Changed", "Fixed", "Added", "Security"]) + "\n" + "\n".join(lines)


@frame("decoy_prose", "en")
def en_game_patch_notes(r):
    v = f"{r.randint(1, 12)}.{r.randint(0, 40)}.{r.randint(0, 9)}"
    lines = []
    for _ in range(r.randint(2, 5)):
        k = r.randint(0, 4)
        if k == 0:
            a = r.randint(40, 900)
            lines.append(f"- {c(r, GAME_ITEMS)}: base damage {a} → {a + r.choice([-60, -35, -20, -10, 8, 15, 30, 45])}")
        elif k == 1:
            b_ = c(r, GAME_BOSSES)
            lines.append(f"- {b_[0].upper() + b_[1:]} in {c(r, GAME_ZONES)} no longer resets when players "
                         f"{c(r, ['use a portal', 'dismount', 'reload the area', 'swap loadouts', 'emote'])}")
        elif k == 2:
            lines.append(f"- Drop rate of {c(r, GAME_ITEMS)} increased from {dz(r.uniform(0.1, 4), 2)}% to {dz(r.uniform(4, 12), 2)}%")
        elif k == 3:
            lines.append(f"- Fixed a crash when entering {c(r, GAME_ZONES)} with more than {r.choice([4, 8, 16, 32, 64])} players")
        else:
            lines.append(f"- {c(r, GAME_ITEMS)} cooldown {r.randint(5, 180)}s → {r.randint(5, 180)}s; "
                         f"stacks with {c(r, GAME_ITEMS)}")
    q = c(r, ["Does this patch kill my build?", "Which of these is the biggest nerf?", "TL;DR please.",
              f"Is {c(r, GAME_ITEMS)} still worth farming after this?", ""])
    return f"Patch {v} notes ({d_uk(r, 2021, 2025)})\n" + "\n".join(lines) + ("\n\n" + q if q else "")


@frame("decoy_prose", "en")
def en_astronomy_question(r):
    t = r.randint(0, 4)
    if t == 0:
        s = c(r, STARS)
        return (f"Tonight {s} should be {c(r, ['low in the east', 'high in the south', 'near the zenith', 'setting in the west'])} "
                f"around {hhmm(r, 19, 23)}. Magnitude {dz(r.uniform(-1.4, 2.5), 2)}. Will {c(r, DSOS)} be visible with a "
                f"{c(r, [60, 70, 80, 102, 127, 150, 200, 254])} mm {c(r, ['refractor', 'Dobsonian', 'Maksutov', 'SCT'])} "
                f"from a Bortle {r.randint(2, 8)} site?")
    if t == 1:
        m, dt, tgt = c(r, MISSIONS)
        return (f"Quick check for a quiz: {m} launched on {dt} and its target was {tgt}, right? "
                f"And roughly how many km/s was it doing at {c(r, ['closest approach', 'launch', 'orbit insertion', 'the flyby'])}?")
    if t == 2:
        ra = f"{r.randint(0, 23)}h {r.randint(0, 59):02d}m {dz(r.uniform(0, 59.9))}s"
        dec = f"{c(r, ['+', '-'])}{r.randint(0, 89)}° {r.randint(0, 59):02d}′ {r.randint(0, 59):02d}″"
        return (f"My mount's goto is off. Target {c(r, DSOS)} at RA {ra}, Dec {dec}; it lands about "
                f"{r.randint(1, 9)}° away. Alignment stars were {c(r, STARS)} and {c(r, STARS)}.")
    if t == 3:
        feat = c(r, ["Tycho", "Copernicus", "Clavius", "Plato", "Aristarchus", "Mare Imbrium", "Mare Crisium",
                     "Sinus Iridum", "the Apennine range", "Rupes Recta", "the Alpine Valley", "Mare Serenitatis",
                     "Montes Jura", "the Straight Wall", "Mare Nectaris", "Vallis Schröteri"])
        return (f"Best phase to see {feat} on the Moon? I have {r.choice([8, 10, 15, 20, 25])}x{r.choice([42, 50, 56, 70, 80, 100])} "
                f"binoculars and the terminator passes it around day {r.randint(4, 12)} after new moon.")
    c1 = c(r, ["comet 12P", "comet C/2023 A3", "Halley's Comet", "comet 2P/Encke", "the Perseids", "the Geminids",
               "the Leonids", "the Quadrantids", "the Lyrids", "the Eta Aquariids", "the Orionids"])
    return (f"When does {c1} peak this year? I've read {r.randint(20, 150)} per hour at ZHR and radiant near "
            f"{c(r, STARS)}. Planning to shoot at f/{c(r, ['1.4', '1.8', '2.8', '4'])}, ISO {r.choice([800, 1600, 3200, 6400])}, "
            f"{r.randint(8, 30)} s.")


@frame("decoy_prose", "en")
def en_mineral_id(r):
    a, b = cs(r, MINERALS, 2)
    t = r.randint(0, 2)
    if t == 0:
        return (f"Found a {c(r, COLOURS)} crystal at {c(r, MINERAL_SITES)}. Hardness around {dz(r.uniform(2, 8), 1)} "
                f"(it {c(r, ['scratches glass', 'does not scratch glass', 'scratches a copper coin'])}), streak "
                f"{c(r, COLOURS)}, SG approx {dz(r.uniform(2.1, 7.6), 2)}. Is it {a} or {b}?")
    if t == 1:
        return (f"Specimen label reads: \"{a.capitalize()} on {b}, {c(r, MINERAL_SITES)}, {r.randint(12, 140)} × "
                f"{r.randint(10, 90)} × {r.randint(5, 60)} mm, collected {r.randint(1890, 2015)}\". Is that pairing plausible?")
    return (f"What's the cleavage of {a} vs {b}? Mohs {r.randint(2, 9)} vs {r.randint(2, 9)}, lustre "
            f"{c(r, ['vitreous', 'metallic', 'pearly', 'resinous', 'silky', 'adamantine', 'dull'])}. "
            f"Sample weighs {dz(r.uniform(3, 900), 1)} g.")


@frame("decoy_prose", "en-gb")
def en_gb_bird_sighting(r):
    site = c(r, BIRD_SITES)
    pool = BIRDS + (BIRD_EPONYMS if r.random() < 0.12 else [])
    sp = cs(r, pool, r.randint(2, 5))
    grid = f"{c(r, ['SU', 'TG', 'SD', 'NH', 'TQ', 'SX', 'NY', 'TL', 'SK', 'NT'])} {digits(r, 4)} {digits(r, 4)}"
    counts = ", ".join(f"{r.randint(1, 340)} {s}" for s in sp)
    t = r.randint(0, 2)
    if t == 0:
        h0 = r.randint(5, 17)
        return (f"Sightings {d_uk(r, 2022, 2025)}, {site}, {h0:02d}:{r.randrange(0, 60, 5):02d}–{h0 + r.randint(1, 4):02d}:"
                f"{r.randrange(0, 60, 5):02d}: {counts}. Grid ref {grid}. "
                f"Wind {c(r, ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'])} {r.randint(0, 7)}, visibility "
                f"{c(r, ['good', 'moderate', 'poor'])}.")
    if t == 1:
        return (f"Was the {sp[0]} at {site} today likely a migrant? Seen from hide {r.randint(1, 9)} at {hhmm(r, 6, 20)}, "
                f"about {r.randint(20, 400)} m out, with {sp[1]} nearby.")
    return (f"Write this up for the county recorder: {counts} — {site}, {grid}, tide {dz(r.uniform(0.4, 6.8))} m. "
            f"Observer field: [leave blank, submitted via app]")


@frame("decoy_prose", "en")
def en_car_repair(r):
    m = c(r, CAR_MODELS)
    yr = r.randint(2006, 2023)
    t = r.randint(0, 3)
    if t == 0:
        return (f"My {yr} {m} ({r.randint(22, 310):,}k km) throws {c(r, OBD)} and {c(r, OBD)}. Replaced {c(r, CAR_PARTS)} "
                f"({lookalike(r)}) last month. Idle sits at {r.randint(650, 1100)} rpm. Could it be {c(r, CAR_PARTS)}?")
    if t == 1:
        return (f"Torque spec for {c(r, CAR_PARTS)} on a {m}? Manual says {r.randint(8, 60)} Nm + {r.choice([45, 90, 180])}°, "
                f"but the forum says {r.randint(8, 60)} Nm. Wheel nuts are {r.choice([110, 120, 130, 140])} Nm.")
    if t == 2:
        return (f"Quote for the {m}: {c(r, CAR_PARTS)} £{r.randint(60, 900)}, labour {dz(r.uniform(0.5, 6.5))} h at "
                f"£{r.randint(55, 140)}/h, plus {c(r, CAR_PARTS)}. Reasonable? Mileage {r.randint(18, 190)},{digits(r, 3)}.")
    return (f"{m} tyre pressures: fronts {r.randint(30, 38)} psi, rears {r.randint(28, 36)} psi on "
            f"{r.choice([195, 205, 215, 225, 235])}/{r.choice([45, 50, 55, 60, 65])} R{r.choice([15, 16, 17, 18, 19])} "
            f"{r.randint(88, 104)}{c(r, 'HVWY')}. Should I go higher for a {r.randint(300, 1200)} km loaded trip?")


@frame("decoy_prose", "en-gb")
def en_gb_bank_statement(r):
    lines = []
    for _ in range(r.randint(4, 8)):
        lines.append(f"{r.randint(1, 28):02d} {c(r, ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'])}  "
                     f"{c(r, ['CARD PURCHASE', 'DIRECT DEBIT', 'CONTACTLESS', 'STANDING ORDER', 'ONLINE PAYMENT', 'REFUND'])}  "
                     f"{c(r, MERCHANTS)}  {dz(r.uniform(1.2, 420), 2)}")
    head = c(r, ["Can you categorise these and total each category?",
                 "Which of these look like subscriptions I could cancel?",
                 "Statement extract (account details removed):",
                 "Help me spot duplicates in this list:"])
    foot = c(r, ["Account name: [removed]", "Sort code / account: ******", "Balance b/f " + dz(r.uniform(10, 4000), 2),
                 "Page 2 of 3", "Reference: see statement header"])
    return head + "\n" + "\n".join(lines) + "\n" + foot


TAX_FORMS_US = ["Form 1040", "Schedule C", "Form W-4", "Form 8863", "Form 1040-SR", "Form W-9", "Form 4868",
                "Schedule SE", "Form 8962", "Form 2441", "Schedule A", "Form 8889", "Form 1099-NEC", "Form 5695"]
TAX_FORMS_UK = ["SA100", "SA102", "SA103S", "SA105", "P87", "P60 guidance", "SA108", "CA5601"]


@frame("decoy_prose", "en")
def en_tax_form_help(r):
    t = r.randint(0, 3)
    f = c(r, TAX_FORMS_US + TAX_FORMS_UK)
    if t == 0:
        return (f"Filling in {f}. Line {r.randint(1, 40)} asks for 'Date of birth' and line {r.randint(1, 40)}{c(r, ['a', 'b', ''])} "
                f"for 'Social security number' — do I enter those for each dependant too, or leave them blank? "
                f"Box {r.randint(1, 30)} is 'Daytime phone (optional)'.")
    if t == 1:
        labels = cs(r, ["Name:", "Address:", "Phone:", "Date of birth:", "SSN:", "Email:", "Employer:",
                        "National Insurance number:", "Occupation:", "Signature:", "Spouse's name:"], 5)
        vals = ["____________", "[required]", "(optional)", "see instructions",
                "leave blank if unchanged", "[enter here]", "N/A", "———"]
        datev = ["DD/MM/YYYY", "MM/DD/YYYY", "[required]", "(optional)", "____________"]
        body = "\n".join(f"{lab} {c(r, datev if 'birth' in lab else vals)}" for lab in labels)
        return f"Here's the blank header of {f} — which of these are mandatory?\n{body}"
    if t == 2:
        return (f"The {f} instructions (rev. {c(r, MONTHS)} {r.randint(2019, 2025)}) say: 'Enter your phone number and "
                f"address only if they changed since last year.' Mine haven't. Line {r.randint(1, 60)} then asks for "
                f"${r.randint(100, 30000):,} — is that the standard deduction cap or the credit limit?")
    return (f"What goes in box {r.randint(1, 40)} of {f}? The label says 'Name of payer' but the payer is "
            f"{c(r, ['a government department', 'a pension scheme', 'a bank', 'an employer abroad', 'a charity'])}. "
            f"Amount is {dz(r.uniform(100, 20000), 2)} and the tax year ends {c(r, ['5 April', '31 December'])}.")


@frame("decoy_prose", "en")
def en_hotel_review(r):
    h, city = c(r, HOTELS), c(r, CITIES)
    t = r.randint(0, 2)
    if t == 0:
        return (f"Stayed {r.randint(1, 9)} nights at {h} in {city}. Room {r.randint(1, 6)}{r.randint(1, 40):02d} on the "
                f"{c(r, ['ground', 'second', 'third', 'top', 'fifth'])} floor was {c(r, ['spotless', 'tired', 'tiny but smart', 'huge', 'noisy'])}; "
                f"breakfast {r.randint(3, 10)}/10. Dinner at {c(r, RESTAURANTS)} next door — the {c(r, DISHES)} was excellent. "
                f"Would {c(r, ['return', 'not return', 'recommend for a weekend'])}.")
    if t == 1:
        return (f"Help me reply to this review of {h}: \"Check-in took {r.randint(10, 70)} minutes, the lift was out, "
                f"but the {c(r, ['spa', 'rooftop bar', 'garden', 'pool', 'library lounge'])} saved it. {r.randint(1, 5)} stars.\" "
                f"Keep it polite and under {r.randint(60, 150)} words.")
    return (f"{c(r, RESTAURANTS)} ({city}) — {r.randint(1, 5)}/5. Tasting menu £{r.randint(45, 180)}, "
            f"{r.randint(5, 12)} courses; standouts were the {c(r, DISHES)} and the {c(r, DISHES)}. "
            f"Table {r.randint(1, 40)} by the window. Booking ref {c(r, ['R', 'BK', 'T'])}{digits(r, 7)}.")


@frame("decoy_prose", "en")
def en_hiking_trail(r):
    tr, hut = c(r, TRAILS), c(r, HUTS)
    km, up = dz(r.uniform(6, 34)), r.randint(150, 1900)
    t = r.randint(0, 2)
    if t == 0:
        return (f"Planning stage {r.randint(1, 16)} of the {tr}: {km} km, +{up} m / -{r.randint(150, 1900)} m, overnight at "
                f"{hut} ({r.randint(900, 3300)} m). Is {r.randint(5, 11)} hours realistic in {c(r, MONTHS)} with a "
                f"{r.randint(7, 16)} kg pack?")
    if t == 1:
        return (f"Kit list check for the {tr}: {r.randint(2, 4)} L water, microspikes, {c(r, ['1:25,000', '1:50,000'])} map "
                f"sheet {r.randint(1, 400)}, GPS waypoint {dz(r.uniform(35, 60), 5)}, {dz(r.uniform(-10, 15), 5)}. Anything missing?")
    return (f"Does {hut} take card? Half board was €{r.randint(48, 95)} last year and the hut opens "
            f"{r.randint(1, 28)} {c(r, ['June', 'July', 'May'])}. Section from the {tr} junction is {km} km.")


@frame("decoy_prose", "en-gb")
def en_gb_wine_list(r):
    lines = []
    for _ in range(r.randint(3, 6)):
        lines.append(f"{r.randint(2005, 2022)} {c(r, ESTATES)}, {c(r, GRAPES)}, {c(r, WINE_REGIONS)} — "
                     f"£{r.randint(24, 240)} (bin {r.randint(1, 480)})")
    q = c(r, ["Which of these goes with lamb?", "Rank these for a tasting, light to heavy.",
              f"Suggest two under £{r.randint(30, 60)} for a fish course.", "Any of these past their drinking window?"])
    return "Wine list:\n" + "\n".join(lines) + "\n" + q


TALK_ADJ = ["Practical", "Scaling", "Rethinking", "Lessons from", "Beyond", "Taming", "Demystifying",
            "Building", "Debugging", "Securing", "Measuring", "Designing", "Migrating", "Observing", "Shipping"]
TALK_TOPIC = ["event-driven architectures", "vector search", "edge caching", "feature flags", "data contracts",
              "zero-trust networking", "accessibility audits", "monorepos", "streaming ETL", "WebAssembly",
              "chaos engineering", "design systems", "LLM evaluation", "carbon-aware computing", "SBOMs",
              "Rust in embedded", "property-based testing", "GraphQL federation", "time-series storage",
              "on-call culture", "privacy engineering", "offline-first apps", "GPU scheduling", "CRDTs",
              "supply-chain security", "quantum-safe crypto", "open data portals", "search relevance",
              "mobile performance", "type-driven APIs"]
ROOMS = ["Hall A", "Hall B", "Room 2.14", "Auditorium", "Main Stage", "Workshop Room 3", "Room K.101",
         "Ballroom East", "Studio 1", "Foyer Stage", "Room Orion", "Room Vega", "Room Lyra", "Room Cassiopeia",
         "Lovelace Room", "Turing Suite", "Room 0.08", "Terrace Tent", "Track C", "Boardroom"]


@frame("decoy_prose", "en")
def en_conference_agenda(r):
    conf = c(r, ["DataOps Summit", "EdgeConf", "OpenInfra Days", "FrontEnd North", "RustFest Alps", "PyData Harbour",
                 "DevSecCon Lisbon", "Cloud Native Nordics", "UX Coast", "Observability Forum", "API World Tour",
                 "GreenTech Week", "Accessibility Camp", "Embedded Expo", "Search Relevance Day"])
    t = 9 * 60 + r.choice([0, 15, 30])
    lines = []
    for _ in range(r.randint(3, 6)):
        d = r.choice([20, 25, 30, 40, 45])
        lines.append(f"{t // 60:02d}:{t % 60:02d}–{(t + d) // 60:02d}:{(t + d) % 60:02d} | {c(r, ROOMS)} | "
                     f"{c(r, TALK_ADJ)} {c(r, TALK_TOPIC)}")
        t += d + r.choice([0, 5, 10, 15])
    foot = c(r, ["Speaker: TBA for all slots", "Speakers: to be announced", "Moderator: [tbc]",
                 "Contact: see the event app", "Badge pickup from 08:30 in the foyer"])
    q = c(r, ["Build me a personal schedule with no overlaps.", "Which talks are relevant to a platform team?", ""])
    return f"{conf} {r.randint(2024, 2026)} — Day {r.randint(1, 3)}\n" + "\n".join(lines) + "\n" + foot + ("\n" + q if q else "")


@frame("decoy_prose", "en")
def en_weather_report(r):
    if r.random() < 0.5:
        reg = c(r, WEATHER_REGIONS_UK)
        hi = r.randint(-3, 31)
        base = (f"{reg}: {c(r, WEATHER_COND)}, highs of {hi}°C, lows {hi - r.randint(2, 14)}°C. Wind "
                f"{c(r, ['northerly', 'south-westerly', 'easterly', 'westerly', 'north-easterly'])} {r.randint(5, 60)} mph gusting "
                f"{r.randint(30, 90)}. Pressure {r.randint(960, 1042)} hPa, {c(r, ['rising', 'falling', 'steady'])}.")
    else:
        reg = c(r, WEATHER_REGIONS_US)
        hi = r.randint(20, 104)
        base = (f"Forecast for {reg}: {c(r, WEATHER_COND)}, high {hi}°F, low {hi - r.randint(4, 28)}°F, "
                f"{r.randint(0, 100)}% chance of precipitation, dew point {r.randint(10, 75)}°F, UV index {r.randint(0, 11)}.")
    if r.random() < 0.15:
        base += f" Remnants of {c(r, STORMS)} arrive {c(r, WEEKDAYS)} with {r.randint(20, 120)} mm of rain possible."
    return base + c(r, ["", " Good enough for a picnic?", " Should I cancel the hike?", " Rewrite this as a radio bulletin."])


@frame("decoy_prose", "en")
def en_boardgame_rules(r):
    g = c(r, GAMES)
    acts = ["trade with the bank", "play two cards in one turn", "move through an occupied space",
            "draw from the discard pile", "score an incomplete region", "use a worker spot twice",
            "reshuffle the deck mid-round", "pass without taking an action", "steal a resource",
            "place a tile diagonally", "upgrade before building", "take a bonus card on the first turn"]
    t = r.randint(0, 2)
    if t == 0:
        return (f"In {g}, if I {c(r, acts)}, can another player {c(r, acts)} in response? The rulebook (p. {r.randint(3, 32)}) "
                f"isn't clear and we're {r.randint(2, 6)} players at {r.randint(40, 160)} points each.")
    if t == 1:
        return (f"House rule idea for {g}: start with {r.randint(2, 8)} resources instead of {r.randint(2, 8)} and cap the "
                f"game at {r.randint(8, 20)} rounds. Does that break the balance at {r.randint(2, 5)} players?")
    return (f"Final scores from {g} night: {r.randint(40, 190)}, {r.randint(40, 190)}, {r.randint(40, 190)} and "
            f"{r.randint(40, 190)}. Tiebreaker was {c(r, ['most resources', 'fewest turns', 'most cards', 'highest single tile'])}. "
            f"Who wins if two tie at the top?")


@frame("decoy_prose", "en")
def en_knitting_pattern(r):
    yarn, shade = c(r, YARN_LINES), c(r, YARN_SHADES)
    needle = c(r, ["4 mm (US 6)", "3.25 mm (US 3)", "5 mm (US 8)", "6 mm (US 10)", "2.5 mm (US 1.5)", "4.5 mm (US 7)"])
    t = r.randint(0, 2)
    if t == 0:
        co = r.randint(40, 320)
        return (f"Pattern: {c(r, ['Fair Isle yoke', 'Aran cable', 'Herringbone', 'Brioche', 'Seed stitch', 'Garter', 'Lace leaf', 'Gansey'])} "
                f"{c(r, ['cowl', 'jumper', 'hat', 'mittens', 'shawl', 'blanket', 'socks', 'cardigan'])} in {yarn}, shade '{shade}' "
                f"(dye lot {digits(r, 4)}-{digits(r, 2)}). Cast on {co} sts on {needle}. Row {r.randint(1, 60)}: *k2, p2* to last "
                f"{r.randint(2, 6)} sts. My count is {co - r.randint(1, 6)} — where did I lose stitches?")
    if t == 1:
        return (f"Gauge says {r.randint(16, 32)} sts × {r.randint(20, 44)} rows = 10 cm on {needle}; I get "
                f"{r.randint(16, 32)} sts. Should I go up a size for the {shade} {yarn}? I have {r.randint(3, 14)} skeins "
                f"({r.randint(90, 400)} m each).")
    return (f"Sewing pattern size {r.choice([8, 10, 12, 14, 16, 18, 20])}: bust {r.randint(80, 120)} cm, waist {r.randint(60, 110)} cm, "
            f"seam allowance {r.choice([1, 1.5, 1.6])} cm. Fabric '{shade}' linen, {dz(r.uniform(1.2, 4.5))} m at 140 cm wide. "
            f"Pattern piece {r.randint(1, 14)} (of {r.randint(14, 22)}) is missing its notch — does it matter?")


THEOREMS_PLAIN = ["fundamental theorem of calculus", "mean value theorem", "intermediate value theorem",
                  "Chinese remainder theorem", "binomial theorem", "central limit theorem", "law of large numbers",
                  "triangle inequality", "AM–GM inequality", "pigeonhole principle", "rank–nullity theorem",
                  "fundamental theorem of arithmetic", "squeeze theorem", "divergence theorem",
                  "fixed-point theorem", "spectral theorem", "inclusion–exclusion principle", "four colour theorem",
                  "prime number theorem", "implicit function theorem"]
THEOREMS_EPON = ["Pythagorean theorem", "Bayes' theorem", "Stokes' theorem", "Green's theorem",
                 "Fermat's little theorem", "Cauchy–Schwarz inequality", "Euler's formula", "De Moivre's theorem",
                 "L'Hôpital's rule", "Taylor series", "Fourier transform", "Laplace transform", "Noether's theorem",
                 "Zorn's lemma", "Rolle's theorem"]


@frame("decoy_prose", "en")
def en_math_question(r):
    th = c(r, THEOREMS_EPON) if r.random() < 0.3 else c(r, THEOREMS_PLAIN)
    t = r.randint(0, 3)
    if t == 0:
        return (f"Can you explain the {th} with a worked example? Say with the numbers {r.randint(2, 99)}, "
                f"{r.randint(2, 99)} and {r.randint(2, 99)}.")
    if t == 1:
        a, b = r.randint(100, 999), r.randint(10, 99)
        return (f"Homework: find x ≡ {r.randint(1, 12)} (mod {r.randint(3, 17)}) and x ≡ {r.randint(1, 12)} (mod "
                f"{r.randint(3, 17)}). Also compute {a} × {b} = {a * b} — is that right? Section {r.randint(1, 12)}.{r.randint(1, 9)}, "
                f"exercise {r.randint(1, 60)}.")
    if t == 2:
        return (f"Why does the {th} need {c(r, ['continuity', 'compactness', 'independence', 'finite variance', 'a closed interval', 'differentiability'])}? "
                f"Counterexample attempt: f(x) = {c(r, ['|x|', '1/x', 'sin(1/x)', 'x^(1/3)', 'floor(x)', 'e^(-1/x²)'])} on "
                f"[{r.randint(-5, 0)}, {r.randint(1, 9)}].")
    n = r.randint(3, 12)
    return (f"Sequence {', '.join(str(r.randint(1, 999)) for _ in range(n))} — is there a closed form? "
            f"It came from counting {c(r, ['lattice paths', 'binary strings', 'tilings of a 2×n board', 'partitions', 'derangements'])}.")


CONSTANTS = [("speed of light", "299 792 458 m/s"), ("Planck constant", "6.626 070 15 × 10⁻³⁴ J·s"),
             ("Avogadro constant", "6.022 140 76 × 10²³ mol⁻¹"), ("Boltzmann constant", "1.380 649 × 10⁻²³ J/K"),
             ("elementary charge", "1.602 176 634 × 10⁻¹⁹ C"), ("gravitational constant", "6.674 30 × 10⁻¹¹ m³ kg⁻¹ s⁻²"),
             ("standard gravity", "9.806 65 m/s²"), ("gas constant", "8.314 462 618 J/(mol·K)"),
             ("Stefan–Boltzmann constant", "5.670 374 419 × 10⁻⁸ W m⁻² K⁻⁴"), ("fine-structure constant", "7.297 352 5693 × 10⁻³"),
             ("electron mass", "9.109 383 7015 × 10⁻³¹ kg"), ("standard atmosphere", "101 325 Pa")]
CONVS = [("mile", "km", 1.609344), ("inch", "mm", 25.4), ("pound", "kg", 0.45359237), ("US gallon", "L", 3.785411784),
         ("foot", "m", 0.3048), ("nautical mile", "m", 1852), ("horsepower", "W", 745.699872), ("BTU", "J", 1055.06),
         ("calorie", "J", 4.184), ("psi", "kPa", 6.894757), ("ounce", "g", 28.349523), ("acre", "m²", 4046.8564),
         ("imperial pint", "ml", 568.26125), ("knot", "km/h", 1.852), ("stone", "kg", 6.35029318),
         ("fluid ounce (US)", "ml", 29.5735), ("yard", "m", 0.9144), ("bar", "psi", 14.5038)]


@frame("decoy_prose", "en")
def en_physics_units(r):
    t = r.randint(0, 2)
    if t == 0:
        u1, u2, f = c(r, CONVS)
        v = round(r.uniform(0.5, 5000), r.choice([0, 1, 2, 3]))
        wrong = v * f * r.choice([1, 1, 1.1, 0.9, 10])
        return f"Convert {v} {u1}s to {u2}. I got {wrong:.4g} {u2} — correct? (conversion factor {f})"
    if t == 1:
        n, val = c(r, CONSTANTS)
        return (f"In my lab write-up I used the {n} = {val}. Is that the exact SI value since the {c(r, ['2019', '2018 CGPM', 'SI redefinition'])}? "
                f"Measured result was {dz(r.uniform(0.1, 999), 3)} ± {dz(r.uniform(0.01, 5), 3)}.")
    m, h = r.randint(1, 90), r.randint(2, 300)
    return (f"A {m} kg mass drops {h} m. Ignoring drag, v = √(2gh) ≈ {((2 * 9.80665 * h) ** 0.5):.2f} m/s and "
            f"E = {m * 9.80665 * h:.1f} J. Does that match a {c(r, ['kWh', 'kcal', 'eV', 'ft·lbf'])} figure of "
            f"{r.uniform(0.001, 90):.3f}?")


STATUTES = ["42 U.S.C. § 1983", "15 U.S.C. § 1681", "Section 230 of the Communications Decency Act",
            "Regulation (EU) 2016/679, Art. 17(1)", "Directive 2002/58/EC, Art. 5(3)", "Data Protection Act 2018, s. 45",
            "Equality Act 2010, s. 20", "Companies Act 2006, s. 172", "17 U.S.C. § 107", "35 U.S.C. § 101",
            "26 U.S.C. § 501(c)(3)", "Title IX of the Education Amendments of 1972", "Housing Act 1988, s. 8",
            "Limitation Act 1980, s. 5", "Consumer Rights Act 2015, s. 9", "Fed. R. Civ. P. 12(b)(6)",
            "Fed. R. Evid. 403", "29 C.F.R. § 825.110", "Regulation (EU) 2022/2065, Art. 16", "Employment Rights Act 1996, s. 98",
            "Freedom of Information Act 2000, s. 40", "5 U.S.C. § 552(b)(6)", "Cal. Civ. Code § 1798.100",
            "Highways Act 1980, s. 137", "Road Traffic Act 1988, s. 143", "Landlord and Tenant Act 1985, s. 11",
            "Regulation (EU) 2024/1689, Art. 50", "Computer Misuse Act 1990, s. 1", "Sale of Goods Act 1979, s. 14(2)",
            "Copyright, Designs and Patents Act 1988, s. 30"]
STATUTES_EPON = ["the Sarbanes–Oxley Act, s. 404", "the Dodd–Frank Act, Title VII", "the Gramm–Leach–Bliley Act, s. 501",
                 "the Taft–Hartley Act"]


@frame("decoy_prose", "en")
def en_legal_citation(r):
    s = c(r, STATUTES_EPON) if r.random() < 0.1 else c(r, STATUTES)
    sits = ["a landlord keeps a deposit for repairs", "a website uses analytics cookies", "a contractor is dismissed",
            "a council publishes meeting minutes", "a charity sells donated goods", "a drone photographs a field",
            "an app stores location history", "a school shares timetables online", "a tenant sublets a room",
            "a shop refuses a refund after 28 days", "a parody uses a film clip", "a delivery van blocks a pavement"]
    t = r.randint(0, 2)
    if t == 0:
        return f"Does {s} apply when {c(r, sits)}? Please cite the subsection and any exemption."
    if t == 1:
        return (f"Summarise {s} in plain English for a briefing note (ref. {c(r, ['BN', 'LN', 'MEMO'])}-{r.randint(2020, 2025)}-"
                f"{r.randint(1, 999):03d}). Max {r.randint(100, 300)} words.")
    return (f"Our intake form has fields 'Name', 'Address', 'Phone' and 'Date of birth'. Under {s}, which of those can we "
            f"make optional? Retention is {r.randint(6, 84)} months.")


@frame("decoy_prose", "en-gb")
def en_gb_utility_bill(r):
    kwh = r.randint(80, 1600)
    unit, sc = dz(r.uniform(18, 36), 2), dz(r.uniform(30, 65), 2)
    t = r.randint(0, 2)
    if t == 0:
        return (f"My electricity bill for {r.randint(1, 28)} {c(r, MONTHS)} to {r.randint(1, 28)} {c(r, MONTHS)}: {kwh} kWh at "
                f"{unit}p/kWh, standing charge {sc}p/day over {r.randint(28, 92)} days, VAT 5%. Total says "
                f"£{dz(r.uniform(40, 600), 2)} — does that add up?")
    if t == 1:
        return (f"Meter readings: {digits(r, 5)} (E) on {d_uk(r, 2023, 2025)} and {digits(r, 5)} (A) on {d_uk(r, 2023, 2025)}. "
                f"Gas conversion factor 1.02264, calorific value {dz(r.uniform(38.5, 40.5), 1)} MJ/m³. How many kWh is that?")
    return (f"Tariff comparison: fixed {unit}p/kWh + {sc}p/day vs variable {dz(r.uniform(18, 36), 2)}p/kWh + "
            f"{dz(r.uniform(30, 65), 2)}p/day. Annual use {kwh * 10:,} kWh. Name on bill: [as on account] — which is cheaper?")


@frame("decoy_prose", "en-gb")
def en_gb_mot_advisory(r):
    m = c(r, CAR_MODELS)
    adv = cs(r, ["Nearside front tyre worn close to legal limit", "Offside rear brake disc worn, pitted or scored",
                 "Oil leak, but not excessive", "Front anti-roll bar linkage ball joint has slight play",
                 "Exhaust has a minor leak of exhaust gases", "Windscreen has damage to an area less than a "
                 "permitted limit", "Parking brake efficiency only just met", "Corrosion to underside",
                 "Nearside headlamp aim too low", "Rear suspension spring corroded", "Brake pipe slightly corroded",
                 "Steering rack gaiter damaged"], r.randint(1, 4))
    return (f"MOT result for my {m}: {c(r, ['PASS', 'PASS with advisories', 'FAIL'])} on {d_uk(r, 2021, 2025)}, odometer "
            f"{r.randint(8, 190)},{digits(r, 3)} miles, test number {digits(r, 4)} {digits(r, 4)} {digits(r, 4)}.\nAdvisories:\n"
            + "\n".join(f"- {a}" for a in adv) + "\nWhich should I fix first?")


VEG = ["Charlotte potatoes", "Kelvedon Wonder peas", "Boltardy beetroot", "Gardener's Delight tomatoes",
       "Moneymaker tomatoes", "Autumn King carrots", "Musselburgh leeks", "Painted Lady runner beans",
       "Scarlet Emperor runner beans", "Victoria plums", "Conference pears", "Egremont Russet apples",
       "Discovery apples", "Sungold tomatoes", "Shirley tomatoes", "Alicante tomatoes", "Ailsa Craig onions",
       "Red Baron onions", "Sturon onion sets", "Lady Christl potatoes", "Arran Pilot potatoes",
       "Pink Fir Apple potatoes", "Anya potatoes", "Nicola potatoes", "Kestrel potatoes", "Cavolo Nero",
       "Tuscan kale", "Rainbow chard", "Crown Prince squash", "Uchiki Kuri squash", "Florence fennel",
       "Purple Sprouting broccoli", "Romanesco", "Little Gem lettuce", "Marshmallow strawberries",
       "Glen Ample raspberries", "Cox's Orange Pippin apples", "Doyenné du Comice pears"]


@frame("decoy_prose", "en-gb")
def en_gb_allotment(r):
    a, b = cs(r, VEG, 2)
    t = r.randint(0, 2)
    if t == 0:
        return (f"Allotment plot {r.randint(1, 120)}{c(r, ['', 'A', 'B'])} ({r.randint(60, 250)} m²): when should I sow {a}? "
                f"Last frost here is usually around {r.randint(1, 28)} {c(r, ['April', 'May'])}, soil pH {dz(r.uniform(5.5, 7.8))}.")
    if t == 1:
        return (f"Crop rotation for four beds: {a}, {b}, {c(r, VEG)}, green manure. Bed {r.randint(1, 4)} had clubroot in "
                f"{r.randint(2018, 2024)}. Does this order work?")
    return (f"Harvest log: {dz(r.uniform(0.4, 28))} kg {a}, {dz(r.uniform(0.4, 28))} kg {b}. Spacing was {r.randint(15, 90)} cm "
            f"× {r.randint(15, 90)} cm. Is that a decent yield per m²?")


# ==========================================================================
# TOOL-CALL / TOOL-RESULT FRAMES
# ==========================================================================
def J(obj):
    return json.dumps(obj, ensure_ascii=False)


@frame("decoy_tool", "en")
def tool_recipe_search(r):
    args = {"query": c(r, DISHES), "max_minutes": r.choice([20, 30, 45, 60, 90, 120]),
            "exclude": cs(r, INGREDIENTS, r.randint(0, 3)), "servings": r.randint(1, 12),
            "diet": c(r, ["vegetarian", "vegan", "gluten-free", "none", "pescatarian", "dairy-free"])}
    if r.random() < 0.4:
        args["oven"] = c(r, OVEN)
    if r.random() < 0.3:
        return J({"name": "recipes.search", "arguments": args, "result": {"hits": r.randint(0, 480),
                  "top": [{"title": c(r, DISHES).capitalize(), "id": f"rcp_{digits(r, 8)}", "rating": round(r.uniform(2.5, 5), 1)}
                          for _ in range(r.randint(1, 3))]}})
    return J({"name": c(r, ["recipes.search", "kitchen.find_recipe", "cookbook.lookup"]), "arguments": args})


@frame("decoy_tool", "en")
def tool_property_search_result(r):
    items = []
    for _ in range(r.randint(1, 4)):
        items.append({"listing_id": f"{c(r, ['LST', 'PRP'])}-{digits(r, 7)}", "type": c(r, PROPERTY_TYPES),
                      "bedrooms": r.randint(0, 6), "floor_area_m2": r.randint(25, 240), "energy_class": c(r, "ABCDEFG"),
                      "year_built": r.randint(1880, 2024), "price": r.randint(90, 1800) * 1000,
                      "features": cs(r, PROPERTY_FEATURES, 2), "address": None,
                      "agent_phone": "[hidden until enquiry]" if r.random() < 0.5 else None})
    return J({"status": "ok", "query": {"min_bedrooms": r.randint(1, 3), "max_price": r.randint(200, 900) * 1000,
                                        "energy_class_at_least": c(r, "ABCD")}, "count": len(items), "results": items})


@frame("decoy_tool", "en")
def tool_package_manifest(r):
    name = c(r, ["@acme/ui-kit", "harbour-cli", "lantern-render", "tidepool", "quartz-ledger", "ember-forms",
                 "stormglass", "orchard-db", "kestrel-http", "ironbark", "juniper-build", "marigold-charts",
                 "saffron-i18n", "willow-router", "aurora-cache", "basil-lint", "sage-metrics", "ivy-graph",
                 "olive-sync", "hazel-queue", "rosemary-test", "clementine-css", "violet-icons", "amber-logger",
                 "pearl-schema", "holly-auth", "fern-store", "dune-sim", "damson-pdf", "slate-editor"])
    deps = {c(r, ["react", "lodash", "zod", "axios", "dayjs", "express", "chalk", "commander", "vite", "typescript",
                  "esbuild", "vitest", "prettier", "eslint", "undici", "pino", "yaml", "ajv", "semver", "uuid"]):
            f"^{ver(r)}" for _ in range(r.randint(2, 6))}
    m = {"name": name, "version": ver(r), "description": f"{c(r, TALK_ADJ)} {c(r, TALK_TOPIC)} toolkit",
         "license": c(r, ["MIT", "Apache-2.0", "BSD-3-Clause", "ISC", "MPL-2.0"]),
         "author": "", "engines": {"node": f">={r.choice([16, 18, 20, 22])}"},
         "scripts": {"build": c(r, ["tsc -p .", "vite build", "esbuild src/index.ts --bundle"]), "test": "vitest run"},
         "dependencies": deps}
    if r.random() < 0.5:
        del m["author"]
    pre = c(r, ["Why does npm say 'peer dependency conflict' with this package.json?\n",
                "Upgrade the deps in this manifest to the latest minor versions:\n", ""])
    return pre + json.dumps(m, ensure_ascii=False, indent=2)


@frame("decoy_tool", "en")
def tool_pip_install_log(r):
    lines = [f"$ pip install -r requirements.txt  # py3.{r.randint(8, 13)}"]
    for p in cs(r, ["numpy", "pandas", "requests", "flask", "django", "pydantic", "httpx", "rich", "polars", "scipy",
                    "matplotlib", "sqlalchemy", "celery", "redis", "uvicorn", "fastapi", "pillow", "lxml", "pyyaml",
                    "cryptography", "attrs", "click", "jinja2", "orjson", "boto3"], r.randint(3, 7)):
        v = ver(r)
        lines.append(f"Collecting {p}=={v}")
        lines.append(f"  Downloading {p}-{v}-cp3{r.randint(9, 12)}-cp3{r.randint(9, 12)}-manylinux_2_17_x86_64.whl "
                     f"({dz(r.uniform(0.1, 40))} MB)")
    tail = c(r, [f"ERROR: Could not find a version that satisfies the requirement {c(r, PKGS)}=={ver(r)}",
                 f"Successfully installed {r.randint(3, 40)} packages in {dz(r.uniform(2, 90))}s",
                 "error: subprocess-exited-with-error\n  × Building wheel did not run successfully.\n  │ exit code: 1",
                 f"WARNING: pip is configured with locations that require TLS/SSL (build {nanp_shape(r)})"])
    return "\n".join(lines) + "\n" + tail


@frame("decoy_tool", "en")
def tool_weather_api(r):
    loc = c(r, CITIES + ["Reykjavík", "Oslo", "Denver", "Phoenix", "Boise", "Cairns", "Darwin", "Nairobi"])
    if r.random() < 0.4:
        return J({"name": "weather.get_forecast", "arguments": {"location": loc, "days": r.randint(1, 10),
                  "units": c(r, ["metric", "imperial"]), "include": cs(r, ["hourly", "alerts", "uv", "pollen", "marine"], 2)}})
    days = []
    for i in range(r.randint(2, 4)):
        tmax = r.randint(-5, 38)
        days.append({"date": d_iso(r, 2025, 2025), "t_max": tmax, "t_min": tmax - r.randint(2, 15),
                     "precip_mm": round(r.uniform(0, 45), 1), "wind_kmh": r.randint(0, 95),
                     "summary": c(r, WEATHER_COND)})
    res = {"location": {"name": loc, "lat": round(r.uniform(-45, 65), 4), "lon": round(r.uniform(-120, 150), 4),
                        "elevation_m": r.randint(0, 2400)}, "pressure_hpa": r.randint(965, 1040), "daily": days}
    if r.random() < 0.15:
        res["alerts"] = [{"event": c(r, STORMS), "level": c(r, ["yellow", "amber", "red"])}]
    return J(res)


@frame("decoy_tool", "en")
def tool_ephemeris_result(r):
    rows = []
    for _ in range(r.randint(2, 5)):
        rows.append({"object": c(r, STARS + ["Jupiter", "Saturn", "Mars", "Venus", "Uranus", "Neptune", "Ceres", "Vesta"]),
                     "ra": f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{dz(r.uniform(0, 59.9), 2)}",
                     "dec": f"{c(r, ['+', '-'])}{r.randint(0, 89):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
                     "alt_deg": round(r.uniform(-10, 89), 2), "az_deg": round(r.uniform(0, 359.9), 2),
                     "mag": round(r.uniform(-4.5, 6), 2)})
    return J({"name": "sky.ephemeris", "arguments": {"observer": {"lat": round(r.uniform(-40, 62), 3),
              "lon": round(r.uniform(-125, 30), 3), "elev_m": r.randint(0, 3000)},
              "utc": f"{d_iso(r, 2025, 2026)}T{hhmm(r, 0, 23, 1)}:00Z"}, "result": rows})


@frame("decoy_tool", "en-gb")
def tool_bird_csv(r):
    lines = ["date,site,species,count,grid_ref,breeding_code,observer"]
    for _ in range(r.randint(3, 7)):
        lines.append(f"{d_iso(r, 2023, 2025)},{c(r, BIRD_SITES).replace(',', '')},{c(r, BIRDS)},{r.randint(1, 600)},"
                     f"{c(r, ['SU', 'TG', 'SD', 'NH', 'TQ', 'SX'])}{digits(r, 4)}{digits(r, 4)},{c(r, ['', 'H', 'S', 'P', 'ON', 'FL'])},"
                     f"{c(r, ['', '[redacted]', 'anon', 'group survey'])}")
    pre = c(r, ["Pasted from the recording app export:\n", "Tool result (sightings.export):\n", ""])
    return pre + "\n".join(lines)


@frame("decoy_tool", "en")
def tool_obd_scan_log(r):
    ts = f"{d_iso(r, 2024, 2025)} {hhmm(r, 7, 20, 1)}:{r.randint(0, 59):02d}"
    lines = [f"[{ts}] ELM327 v{dz(r.uniform(1.3, 2.3), 1)} connected, protocol ISO 15765-4 (CAN 11/500)",
             f"[{ts}] VIN: <not read>  ECU: {c(r, ['Bosch MED17', 'Siemens SID807', 'Denso 275800', 'Delphi DCM3.5', 'Continental SIM2K'])}"]
    for _ in range(r.randint(1, 4)):
        lines.append(f"[{ts}] DTC {c(r, OBD)} status={c(r, ['confirmed', 'pending', 'permanent'])} freeze: RPM={r.randint(600, 5200)} "
                     f"load={r.randint(5, 99)}% ECT={r.randint(-10, 112)}C")
    lines.append(f"[{ts}] LTFT B1 {c(r, ['+', '-'])}{dz(r.uniform(0, 25))}%  STFT B1 {c(r, ['+', '-'])}{dz(r.uniform(0, 15))}%  "
                 f"MAF {dz(r.uniform(2, 60), 2)} g/s")
    return c(r, ["What does this scan mean for my " + c(r, CAR_MODELS) + "?\n", ""]) + "\n".join(lines)


@frame("decoy_tool", "en")
def tool_bank_categorise_call(r):
    tx = [{"date": d_iso(r, 2024, 2025), "description": c(r, MERCHANTS), "amount": -round(r.uniform(1, 400), 2),
           "currency": c(r, ["GBP", "EUR", "USD"])} for _ in range(r.randint(2, 6))]
    return J({"name": "finance.categorise_transactions",
              "arguments": {"transactions": tx, "categories": cs(r, ["groceries", "transport", "subscriptions", "utilities",
                            "eating out", "home", "health", "leisure", "fees"], 5), "account_ref": None,
                            "mask_account_numbers": True}})


@frame("decoy_tool", "en")
def tool_tax_form_schema(r):
    fields = []
    for lab, key, fmt in cs(r, [("Full name", "full_name", "text"), ("Date of birth", "date_of_birth", "date"),
                                ("Social security number", "ssn", "pattern:^\\d{3}-\\d{2}-\\d{4}$"),
                                ("Home address", "address", "text"), ("Daytime phone", "phone", "tel"),
                                ("Email", "email", "email"), ("Filing status", "filing_status", "enum"),
                                ("Occupation", "occupation", "text"), ("Spouse's date of birth", "spouse_dob", "date"),
                                ("Bank routing number", "routing", "pattern:^\\d{9}$"), ("Signature date", "signed_on", "date")],
                            r.randint(4, 7)):
        fields.append({"label": lab, "key": key, "format": fmt, "required": r.random() < 0.6,
                       "line": f"{r.randint(1, 40)}{c(r, ['', 'a', 'b'])}", "value": None})
    return J({"form": c(r, TAX_FORMS_US + TAX_FORMS_UK), "revision": f"{c(r, MONTHS)[:3]} {r.randint(2020, 2025)}",
              "omb_no": f"{digits(r, 4)}-{digits(r, 4)}", "fields": fields})


@frame("decoy_tool", "en")
def tool_game_items_json(r):
    items = []
    for it in cs(r, GAME_ITEMS, r.randint(2, 4)):
        items.append({"name": it, "id": r.randint(10000, 99999), "rarity": c(r, ["common", "rare", "epic", "legendary", "mythic"]),
                      "damage": [r.randint(10, 300), r.randint(300, 900)], "weight": round(r.uniform(0.1, 25), 1),
                      "drops_from": c(r, GAME_BOSSES), "zone": c(r, GAME_ZONES)})
    return J({"patch": f"{r.randint(1, 12)}.{r.randint(0, 40)}.{r.randint(0, 9)}", "build": int(digits(r, 7)) + 1000000,
              "items": items})


@frame("decoy_tool", "en")
def tool_unit_convert_call(r):
    u1, u2, f = c(r, CONVS)
    v = round(r.uniform(0.1, 9000), r.choice([0, 1, 2]))
    call = {"name": c(r, ["units.convert", "calc.convert_units", "tools.unit_conversion"]),
            "arguments": {"value": v, "from": u1, "to": u2, "precision": r.randint(0, 6)}}
    if r.random() < 0.5:
        call["result"] = {"value": round(v * f, 6), "factor": f}
    return J(call)


@frame("decoy_tool", "en")
def tool_wine_inventory_csv(r):
    lines = ["bin,vintage,estate,grape,region,qty,price_gbp,drink_from,drink_to"]
    for _ in range(r.randint(3, 7)):
        vt = r.randint(2000, 2022)
        lines.append(f"{r.randint(1, 600)},{vt},\"{c(r, ESTATES)}\",{c(r, GRAPES)},{c(r, WINE_REGIONS)},{r.randint(0, 48)},"
                     f"{dz(r.uniform(9, 300), 2)},{vt + r.randint(1, 5)},{vt + r.randint(6, 30)}")
    return c(r, ["cellar.export returned:\n", "Which bottles should we drink first?\n", ""]) + "\n".join(lines)


@frame("decoy_tool", "en")
def tool_agenda_create_call(r):
    sessions = []
    for _ in range(r.randint(2, 4)):
        start = hhmm(r, 9, 17, 15)
        sessions.append({"title": f"{c(r, TALK_ADJ)} {c(r, TALK_TOPIC)}", "room": c(r, ROOMS), "start": start,
                         "duration_min": r.choice([20, 30, 45, 60, 90]), "speaker": "TBA",
                         "track": c(r, ["Platform", "Data", "Security", "Frontend", "Keynote", "Lightning"])})
    return J({"name": "events.create_sessions", "arguments": {"event_id": f"evt_{digits(r, 9)}",
              "date": d_iso(r, 2025, 2026), "sessions": sessions, "notify_attendees": r.random() < 0.5}})


FORMULAS = {"quartz": "SiO2", "calcite": "CaCO3", "pyrite": "FeS2", "galena": "PbS", "hematite": "Fe2O3",
            "magnetite": "Fe3O4", "fluorite": "CaF2", "halite": "NaCl", "malachite": "Cu2CO3(OH)2", "kyanite": "Al2SiO5",
            "barite": "BaSO4", "gypsum": "CaSO4·2H2O", "sphalerite": "ZnS", "cinnabar": "HgS", "azurite": "Cu3(CO3)2(OH)2",
            "chalcopyrite": "CuFeS2", "dolomite": "CaMg(CO3)2", "rhodochrosite": "MnCO3", "corundum": "Al2O3",
            "rutile": "TiO2", "celestine": "SrSO4", "vivianite": "Fe3(PO4)2·8H2O", "cassiterite": "SnO2",
            "anhydrite": "CaSO4", "siderite": "FeCO3", "smithsonite": "ZnCO3", "cuprite": "Cu2O", "stibnite": "Sb2S3",
            "molybdenite": "MoS2", "aragonite": "CaCO3", "forsterite": "Mg2SiO4", "wollastonite": "CaSiO3"}


@frame("decoy_tool", "en")
def tool_mineral_lookup_result(r):
    m, formula = c(r, sorted(FORMULAS.items()))
    return J({"name": "geo.mineral_lookup", "arguments": {"name": m},
              "result": {"mineral": m, "formula": formula,
                         "crystal_system": c(r, ["cubic", "hexagonal", "trigonal", "monoclinic", "orthorhombic", "triclinic", "tetragonal"]),
                         "mohs": [round(r.uniform(1.5, 6), 1), round(r.uniform(6, 9.5), 1)],
                         "specific_gravity": round(r.uniform(2.0, 8.1), 2), "streak": c(r, COLOURS),
                         "ima_status": "approved", "type_locality": c(r, MINERAL_SITES), "first_described": r.randint(1747, 1990)}})


@frame("decoy_tool", "en")
def tool_course_search_call(r):
    args = {"department": c(r, DEPTS), "level": r.choice([100, 200, 300, 400]), "term": f"{c(r, ['FA', 'SP', 'SU', 'WI'])}{r.randint(24, 26)}",
            "days": c(r, ["MWF", "TTh", "any"]), "open_only": r.random() < 0.6, "keywords": c(r, SUBJECTS)}
    if r.random() < 0.5:
        return J({"name": "registrar.search_courses", "arguments": args})
    res = [{"crn": digits(r, 5), "code": f"{args['department']} {r.randint(100, 499)}", "title": c(r, SUBJECTS),
            "room": f"{c(r, BUILDINGS)} {r.randint(0, 4)}.{r.randint(1, 40):02d}", "seats_left": r.randint(0, 60),
            "instructor": "Staff"} for _ in range(r.randint(1, 3))]
    return J({"name": "registrar.search_courses", "arguments": args, "result": res})


@frame("decoy_tool", "en")
def tool_hike_gpx_summary(r):
    tr = c(r, TRAILS)
    return J({"name": "maps.analyse_gpx", "arguments": {"file": f"{tr.lower().replace(' ', '_').replace('’', '')}_stage{r.randint(1, 12)}.gpx"},
              "result": {"distance_km": round(r.uniform(4, 38), 2), "ascent_m": r.randint(80, 2200), "descent_m": r.randint(80, 2200),
                         "max_elev_m": r.randint(300, 3800), "start": [round(r.uniform(42, 58), 5), round(r.uniform(-6, 16), 5)],
                         "huts_on_route": cs(r, HUTS, r.randint(0, 2)), "moving_time": f"{r.randint(1, 10)}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"}})


# ==========================================================================
# LOCALISED PROSE FRAMES
# ==========================================================================
# ---------------------------- German -------------------------------------
DE_GERICHTE = ["Käsespätzle", "Rinderrouladen", "Sauerbraten", "Kartoffelsuppe", "Apfelstrudel", "Zwiebelkuchen",
               "Maultaschen", "Königsberger Klopse", "Linsen mit Spätzle", "Flammkuchen", "Schwarzwälder Kirschtorte",
               "Bienenstich", "Dampfnudeln", "Kaiserschmarrn", "Labskaus", "Himmel und Ääd", "Leberkäse",
               "Semmelknödel", "Grünkohl mit Pinkel", "Schweinebraten", "Rote Grütze", "Pflaumenkuchen", "Eintopf",
               "Forelle Müllerin Art", "Bratkartoffeln", "Frankfurter Grüne Soße", "Quarkkeulchen", "Berliner Pfannkuchen",
               "Prinzregententorte", "Spargel mit Sauce hollandaise", "Wiener Schnitzel", "Zwetschgendatschi"]
DE_ZUTATEN = ["Mehl Type 405", "Mehl Type 550", "Butterschmalz", "Schmand", "Quark (20 %)", "Zwiebeln", "Majoran",
              "Kümmel", "Lorbeerblätter", "Wacholderbeeren", "Sahne", "Zucker", "Hefe", "Rosinen", "Senf",
              "Gewürzgurken", "Speck", "Bergkäse", "Emmentaler", "Petersilie", "Schnittlauch", "Muskatnuss",
              "Äpfel (Boskoop)", "Linda-Kartoffeln", "festkochende Kartoffeln", "Sauerkirschen", "Mandeln", "Zimt"]


@frame("decoy_prose", "de")
def de_rezept(r):
    g, a, b = c(r, DE_GERICHTE), c(r, DE_ZUTATEN), c(r, DE_ZUTATEN)
    t = r.randint(0, 3)
    if t == 0:
        return (f"Ich mache am {c(r, ['Samstag', 'Sonntag', 'Freitag'])} {g} für {r.randint(2, 12)} Personen. Im Rezept stehen "
                f"{r.choice([100, 200, 250, 375, 500])} g {a} und {r.randint(1, 4)} EL {b}. Kann ich das halbieren und trotzdem bei "
                f"{r.choice([160, 175, 180, 200, 220])} °C Umluft backen?")
    if t == 1:
        return (f"Warum wird mein {g} immer {c(r, ['zu trocken', 'matschig', 'zäh', 'zu salzig', 'klitschig', 'flach'])}? "
                f"Ich nehme {a}, {b} und lasse es {r.randint(10, 120)} Minuten im Ofen.")
    if t == 2:
        return (f"Rezeptkarte\nName: {g}\nPortionen: {r.randint(2, 8)}\nZubereitung: {r.randint(15, 180)} Min.\n"
                f"Zutaten: {r.randint(50, 800)} g {a}, {r.randint(1, 6)} TL {b}, {c(r, DE_ZUTATEN)} nach Geschmack\n"
                f"Quelle: [bitte ergänzen]")
    return (f"Kann man {a} durch {b} ersetzen, wenn man {g} macht? Laut Packung (Art.-Nr. {nanp_shape(r, ' ')}) "
            f"reicht das für {r.randint(2, 6)} Portionen.")


@frame("decoy_prose", "de")
def de_wohnung_expose(r):
    zi = c(r, ["1", "1,5", "2", "2,5", "3", "3,5", "4", "5"])
    qm = dz(r.uniform(24, 180), 1, True)
    lage = c(r, ["ruhige Seitenstraße", "Altbau mit Stuck", "Neubau am Stadtrand", "Dachgeschoss mit Weitblick",
                 "Gründerzeitviertel", "Nähe Hauptbahnhof", "Villenviertel am Hang", "ehemalige Brauerei",
                 "Hinterhaus mit Garten", "Wohnanlage am Kanal", "Ortskern mit Bäckerei", "Hafenviertel"])
    return (f"{zi}-Zimmer-Wohnung, {qm} m², {lage}. Etage {r.randint(0, 8)}, Baujahr {r.randint(1890, 2023)}, "
            f"Energieeffizienzklasse {c(r, ['A+', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'])} ({r.randint(25, 260)} kWh/(m²·a), "
            f"{c(r, ['Gas', 'Fernwärme', 'Wärmepumpe', 'Öl', 'Pellets'])}). Kaltmiete {r.randint(380, 2400)} €, Nebenkosten "
            f"{r.randint(90, 420)} €, Kaution {r.choice([2, 3])} Kaltmieten. {c(r, ['Balkon', 'Einbauküche', 'Stellplatz', 'Keller', 'Aufzug', 'Fußbodenheizung'])} "
            f"vorhanden.\nAdresse: nach Besichtigungstermin\nTelefon: nur über das Portal\nObjekt-Nr. {ssn_shape(r)}")


DE_HUETTEN = ["Knorrhütte", "Meilerhütte", "Reintalangerhütte", "Höllentalangerhütte", "Kärlingerhaus", "Watzmannhaus",
              "Blaueishütte", "Berliner Hütte", "Olpererhütte", "Lamsenjochhütte", "Brandenburger Haus", "Taschachhaus",
              "Rappenseehütte", "Falkenhütte", "Karwendelhaus", "Solsteinhaus", "Erfurter Hütte", "Gruttenhütte",
              "Ackerlhütte", "Schachenhaus", "Nürnberger Hütte", "Dresdner Hütte", "Sulzenauhütte", "Tutzinger Hütte",
              "Staufner Haus", "Waltenbergerhaus", "Mindelheimer Hütte", "Kemptner Hütte", "Landsberger Hütte", "Prinzregentenhütte"]
DE_BERGE = ["Zugspitze", "Watzmann", "Hochkalter", "Alpspitze", "Großvenediger", "Wildspitze", "Olperer", "Birkkarspitze",
            "Hochvogel", "Nebelhorn", "Säuling", "Benediktenwand", "Herzogstand", "Wendelstein", "Brecherspitz",
            "Großer Arber", "Feldberg", "Brocken", "Hoher Göll", "Schneibstein", "Krottenkopf", "Mädelegabel"]


@frame("decoy_prose", "de")
def de_huettentour(r):
    h1, h2 = cs(r, DE_HUETTEN, 2)
    neu1 = h1.endswith("haus") or h1.endswith(" Haus")
    neu2 = h2.endswith("haus") or h2.endswith(" Haus")
    v1, z2 = ("vom" if neu1 else "von der"), ("zum" if neu2 else "zur")
    d1, d2 = ("dem" if neu1 else "der"), ("dem" if neu2 else "der")
    n1 = "das" if neu1 else "die"
    return c(r, [
        f"Tag {r.randint(1, 6)}: {v1} {h1} {z2} {h2}, {dz(r.uniform(6, 22), 1, True)} km, {r.randint(300, 1600)} Hm Aufstieg. "
        f"Schaffen wir das im {c(r, ['Juni', 'Juli', 'August', 'September'])} in {r.randint(5, 10)} Stunden mit Gipfel {c(r, DE_BERGE)}?",
        f"Hat {n1} {h1} ({r.randint(1200, 3100)} m) schon offen? Letztes Jahr ab {r.randint(1, 28)}. {c(r, ['Mai', 'Juni'])}, "
        f"Halbpension {r.randint(45, 80)} €, Lager {r.randint(15, 35)} €. Ansprechpartner: siehe Hüttenwebseite.",
        f"Wetter für den {c(r, DE_BERGE)}: Nullgradgrenze {r.randint(1800, 4200)} m, Wind {r.randint(10, 90)} km/h, "
        f"Gewitterrisiko ab {hhmm(r, 11, 16)}. Besser von {d1} {h1} oder {d2} {h2} aus starten?",
    ])


@frame("decoy_prose", "de")
def de_steuerformular(r):
    anl = c(r, ["Anlage N", "Anlage KAP", "Anlage Vorsorgeaufwand", "Anlage Kind", "Anlage V", "Hauptvordruck ESt 1 A",
                "Anlage EÜR", "Anlage Sonderausgaben", "Anlage Haushaltsnahe Aufwendungen", "Anlage R"])
    t = r.randint(0, 2)
    if t == 0:
        return (f"In der {anl}, Zeile {r.randint(4, 60)}, steht 'Geburtsdatum (TT.MM.JJJJ)' und in Zeile {r.randint(4, 60)} "
                f"'Steuerliche Identifikationsnummer'. Muss ich das für jedes Kind neu eintragen oder wird das übernommen?")
    if t == 1:
        felder = cs(r, ["Name:", "Vorname:", "Anschrift:", "Telefon:", "Geburtsdatum:", "IBAN:", "Religion:",
                        "Steuernummer:", "Beruf:", "E-Mail:"], 5)
        werte = ["__________", "[Pflichtfeld]", "(freiwillig)", "siehe Anleitung S. " + str(r.randint(2, 40)),
                 "nur bei Änderung", "—", "[bitte eintragen]"]
        return f"Kopfbereich der {anl} (leer):\n" + "\n".join(
            f"{f} {'TT.MM.JJJJ' if f.startswith('Geburt') and r.random() < 0.7 else c(r, werte)}" for f in felder) + "\nWelche Felder sind Pflicht?"
    return (f"Werbungskosten: Entfernungspauschale {r.randint(5, 80)} km × {r.randint(40, 230)} Tage × 0,30 € bzw. 0,38 € ab dem "
            f"21. km. Kommt das in Zeile {r.randint(30, 70)} der {anl}? Summe laut Software: {dz(r.uniform(300, 6000), 2, True)} €.")


@frame("decoy_prose", "de")
def de_wetterbericht(r):
    reg = c(r, ["Alpenrand", "Schwarzwald", "Ostseeküste", "Harz", "Allgäu", "Rheinland", "Lausitz", "Emsland",
                "Bayerischer Wald", "Erzgebirge", "Nordfriesland", "Eifel", "Sauerland", "Oberpfalz", "Rhön",
                "Uckermark", "Bodensee", "Vogtland", "Spreewald", "Taunus"])
    wx = c(r, ['heiter bis wolkig', 'anfangs Nebel, später sonnig', 'Schauer und Gewitter', 'Dauerregen',
               'oberhalb 800 m Schneefall', 'trocken und mild', 'stürmische Böen', 'Glätte durch überfrierende Nässe'])
    lo = r.randint(-6, 33)
    return (f"{reg}: {wx}. "
            f"Höchstwerte {lo} bis {lo + r.randint(1, 5)} Grad, Wind aus {c(r, ['Nordwest', 'Südwest', 'Ost', 'Nord', 'Süd'])} "
            f"mit {r.randint(10, 110)} km/h in Böen. Luftdruck {r.randint(975, 1040)} hPa. "
            + c(r, ["Reicht das für eine Radtour?", "Bitte kürzer für den Newsletter.", "", "Wie wird das Wochenende?"]))


# ---------------------------- French -------------------------------------
FR_PLATS = ["bœuf bourguignon", "blanquette de veau", "gratin dauphinois", "tarte Tatin", "quiche lorraine",
            "ratatouille niçoise", "cassoulet", "soupe à l'oignon", "clafoutis aux cerises", "madeleines",
            "pot-au-feu", "hachis parmentier", "croque-monsieur", "tartiflette", "crêpes Suzette", "choucroute garnie",
            "galettes de sarrasin", "bouillabaisse", "daube provençale", "far breton", "paris-brest", "îles flottantes",
            "brandade de morue", "poulet basquaise", "flamiche", "pissaladière", "gougères", "mousse au chocolat",
            "financiers", "kouign-amann", "canelés", "salade niçoise"]
FR_INGR = ["beurre demi-sel", "crème fraîche épaisse", "farine T55", "farine T65", "échalotes", "herbes de Provence",
           "lardons fumés", "comté 18 mois", "reblochon", "gruyère râpé", "thym", "laurier", "pommes Reinette",
           "sucre vergeoise", "fleur de sel", "vin blanc sec", "moutarde à l'ancienne", "œufs", "poivre de Sichuan",
           "pommes de terre Charlotte", "oignons de Roscoff", "piment d'Espelette"]


@frame("decoy_prose", "fr")
def fr_recette(r):
    p, a, b = c(r, FR_PLATS), c(r, FR_INGR), c(r, FR_INGR)
    t = r.randint(0, 2)
    if t == 0:
        return (f"Je prépare la recette « {p} » pour {r.randint(2, 12)} personnes {c(r, ['samedi', 'dimanche', 'ce soir'])}. La recette indique "
                f"{r.choice([100, 150, 200, 250, 500])} g de {a} et {r.randint(1, 4)} c. à soupe de {b}. Cuisson à "
                f"{r.choice([160, 180, 200, 210, 220])} °C (th. {r.randint(5, 8)}) pendant {r.randint(15, 180)} min : c'est bon ?")
    if t == 1:
        return (f"Fiche recette\nNom : {p}\nPréparation : {r.randint(10, 60)} min\nCuisson : {r.randint(10, 240)} min\n"
                f"Ingrédients : {a}, {b}, {c(r, FR_INGR)}\nAuteur : [à compléter]\nTéléphone : —")
    return (f"Pourquoi le résultat est-il toujours {c(r, ['trop sec', 'détrempé', 'fade', 'trop salé', 'caoutchouteux', 'brûlé dessous'])} "
            f"quand je fais « {p} » ? J'utilise : {a}, {b} ; four à {r.choice([160, 180, 200, 220])} °C.")


@frame("decoy_prose", "fr")
def fr_annonce_immo(r):
    pieces = r.randint(1, 6)
    prix = f"{r.randint(85, 1900) * 1000:,}".replace(",", " ")
    return (f"{c(r, ['Appartement', 'Maison', 'Duplex', 'Studio', 'Loft', 'Longère', 'Mas'])} T{pieces}, {r.randint(18, 220)} m² "
            f"habitables, {pieces} pièces dont {max(0, pieces - 1)} chambres. {c(r, ['Quartier calme proche du marché', 'Centre historique', 'Vue sur la Loire', 'À deux pas du tramway', 'Résidence avec piscine', 'Village viticole'])}. "
            f"DPE classe {c(r, 'ABCDEFG')} ({r.randint(40, 420)} kWh/m²/an), GES {c(r, 'ABCDEFG')}. {r.randint(0, 9)}e étage, "
            f"construit en {r.randint(1850, 2023)}. Prix : {prix} € FAI. Charges {r.randint(20, 400)} €/mois.\n"
            f"Adresse : communiquée après visite\nTéléphone : via la messagerie du site\nRéf. annonce {nz(r, 2)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}")


@frame("decoy_prose", "fr")
def fr_degustation(r):
    out = []
    for _ in range(r.randint(2, 4)):
        out.append(f"- {c(r, ESTATES)}, {c(r, ['Pessac-Léognan', 'Pauillac', 'Saint-Émilion', 'Chablis', 'Meursault', 'Gigondas', 'Cornas', 'Sancerre', 'Vouvray', 'Bandol', 'Cahors', 'Madiran', 'Jurançon', 'Côte-Rôtie', 'Margaux'])} "
                   f"{r.randint(2005, 2022)} ({c(r, GRAPES)}) : {c(r, ['nez de fruits noirs', 'notes de silex', 'boisé discret', 'tanins soyeux', 'finale saline', 'acidité vive'])}, "
                   f"{r.randint(12, 19)}/20, {r.randint(12, 140)} €")
    return "Notes de dégustation :\n" + "\n".join(out) + "\n" + c(r, ["Lequel avec un fromage de chèvre ?", "Classe-les du plus léger au plus corsé.", "Quelle garde pour chacun ?"])


FR_DSOS = ["la nébuleuse d'Orion (M42)", "la galaxie d'Andromède (M31)", "les Pléiades (M45)", "la nébuleuse de la Lyre (M57)",
           "la nébuleuse de l'Haltère (M27)", "la galaxie du Tourbillon (M51)", "la nébuleuse du Crabe (M1)",
           "l'amas d'Hercule (M13)", "l'amas de la Crèche (M44)", "la nébuleuse de la Lagune (M8)", "le Double Amas de Persée",
           "la galaxie du Sombrero (M104)", "la nébuleuse de l'Aigle (M16)", "les Dentelles du Cygne", "la nébuleuse Rosette",
           "l'amas du Canard sauvage (M11)", "Oméga du Centaure", "la nébuleuse Trifide (M20)", "la nébuleuse Hélice",
           "la galaxie du Triangle (M33)", "la nébuleuse du Hibou (M97)", "l'amas du Papillon (M6)"]


@frame("decoy_prose", "fr")
def fr_astronomie(r):
    m, dt, tgt = c(r, MISSIONS)
    return c(r, [
        f"Ce soir {c(r, STARS)} est {c(r, ['bas sur l’horizon est', 'haut au sud', 'près du zénith'])} vers {hhmm(r, 20, 23)}. "
        f"Avec une lunette de {r.choice([70, 80, 102, 120])} mm, puis-je voir {c(r, FR_DSOS)} depuis un ciel Bortle {r.randint(2, 7)} ?",
        f"Pour un exposé : la mission {m} a été lancée le {dt[8:]}/{dt[5:7]}/{dt[:4]} vers {tgt}. Combien de temps a duré le voyage ?",
        f"Le cratère {c(r, ['Tycho', 'Copernic', 'Clavius', 'Platon', 'Aristarque'])} est-il visible aux jumelles {r.choice([7, 10, 12])}x{r.choice([42, 50])} "
        f"au {r.randint(5, 12)}e jour de la lunaison ? Magnitude de la Lune : {dz(r.uniform(-12.7, -9), 1, True)}.",
    ])


@frame("decoy_prose", "fr")
def fr_jeu_societe(r):
    g = c(r, GAMES)
    return c(r, [
        f"Dans {g}, peut-on {c(r, ['échanger avec la banque', 'jouer deux cartes', 'défausser au premier tour', 'passer son tour'])} "
        f"puis {c(r, ['construire', 'voler une ressource', 'piocher', 'marquer des points'])} ? La règle p. {r.randint(3, 30)} n'est pas claire.",
        f"Scores de la soirée {g} : {r.randint(40, 190)}, {r.randint(40, 190)}, {r.randint(40, 190)}. En cas d'égalité, qui gagne ?",
        f"Variante maison pour {g} : {r.randint(2, 8)} ressources au départ et {r.randint(8, 20)} manches max. Ça casse l'équilibre à {r.randint(2, 5)} joueurs ?",
    ])


# ---------------------------- Spanish ------------------------------------
ES_PLATOS = ["paella valenciana", "tortilla de patatas", "gazpacho andaluz", "salmorejo", "fabada asturiana",
             "cocido madrileño", "pulpo a la gallega", "croquetas de jamón", "pisto manchego", "arroz negro",
             "crema catalana", "churros con chocolate", "patatas bravas", "lentejas estofadas", "pimientos de Padrón",
             "bacalao al pil-pil", "empanada gallega", "migas extremeñas", "leche frita", "torrijas", "fideuá",
             "marmitako", "sopa de ajo", "escalivada", "huevos rotos", "calamares en su tinta", "rabo de toro", "flan casero"]


@frame("decoy_prose", "es")
def es_receta(r):
    p = c(r, ES_PLATOS)
    ing = c(r, ["arroz bomba", "pimentón de la Vera", "aceite de oliva virgen extra", "azafrán", "ñora", "jamón ibérico",
                "chorizo", "garbanzos", "patatas Monalisa", "harina de trigo", "ajo morado", "laurel", "queso manchego"])
    return c(r, [
        f"Voy a hacer {p} para {r.randint(2, 14)} personas el {c(r, ['sábado', 'domingo', 'viernes'])}. La receta pide "
        f"{r.choice([200, 300, 400, 500])} g de {ing} y {r.randint(1, 4)} cucharadas de aceite. ¿Puedo reducirla a la mitad?",
        f"¿Por qué mi {p} sale siempre {c(r, ['seco', 'aguado', 'soso', 'pasado', 'crudo por dentro', 'pegado'])}? Horno a "
        f"{r.choice([160, 180, 200, 220])} °C durante {r.randint(10, 120)} minutos.",
        f"Ficha de receta\nNombre: {p}\nRaciones: {r.randint(2, 8)}\nTiempo: {r.randint(15, 240)} min\nIngrediente principal: {ing}\n"
        f"Autor: [sin rellenar]",
    ])


@frame("decoy_prose", "es")
def es_piso_anuncio(r):
    hab = r.randint(1, 5)
    return (f"Se {c(r, ['vende', 'alquila'])} {c(r, ['piso', 'ático', 'dúplex', 'estudio', 'chalet adosado', 'bajo con patio'])} de "
            f"{r.randint(30, 240)} m² construidos, {hab} habitaciones y {r.randint(1, 3)} baños. "
            f"{c(r, ['Zona tranquila cerca del mercado', 'Casco antiguo', 'Vistas al mar', 'Junto al parque', 'Urbanización con piscina', 'Cerca del metro'])}. "
            f"Planta {r.randint(0, 12)}ª, {c(r, ['con', 'sin'])} ascensor, año {r.randint(1920, 2023)}. Certificado energético: "
            f"{c(r, 'ABCDEFG')} ({r.randint(20, 350)} kWh/m² año). Precio: {r.randint(60, 950)}.{r.choice(['000', '500'])} €"
            f"{' / mes' if r.random() < 0.3 else ''}.\nDirección: se facilita tras la visita\nTeléfono: a través del portal\n"
            f"Ref. {ssn_shape(r)}")


@frame("decoy_prose", "es")
def es_averia_coche(r):
    m = c(r, CAR_MODELS)
    return c(r, [
        f"Mi {m} de {r.randint(2006, 2023)} con {r.randint(20, 320)}.{digits(r, 3)} km da el código {c(r, OBD)}. Cambié "
        f"{c(r, ['las bujías', 'las bobinas', 'el caudalímetro', 'la válvula EGR', 'el termostato', 'la bomba de agua'])} hace un mes "
        f"(ref. {r.randint(1, 5)}{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}). ¿Qué más puede ser?",
        f"Presupuesto del taller para el {m}: {c(r, ['embrague', 'distribución', 'frenos delanteros', 'amortiguadores'])} "
        f"{r.randint(90, 1400)} €, mano de obra {dz(r.uniform(0.5, 8), 1, True)} h a {r.randint(35, 75)} €/h. ¿Es razonable?",
        f"¿Qué presión llevan las ruedas del {m}? {r.choice([205, 215, 225])}/{r.choice([45, 55, 60])} R{r.choice([16, 17, 18])}: "
        f"delante {dz(r.uniform(2.0, 2.8), 1, True)} bar, detrás {dz(r.uniform(1.9, 2.7), 1, True)} bar. Vamos cargados {r.randint(200, 1000)} km.",
    ])


ES_AVES = ["Garza Real", "Flamenco Común", "Cigüeña Blanca", "Abejaruco Europeo", "Martín Pescador", "Águila Imperial Ibérica",
           "Buitre Leonado", "Quebrantahuesos", "Avutarda Común", "Cernícalo Primilla", "Abubilla", "Carraca Europea",
           "Espátula Común", "Malvasía Cabeciblanca", "Calamón Común", "Alcaraván", "Chorlitejo Patinegro", "Grulla Común",
           "Milano Real", "Roquero Solitario", "Oropéndola", "Collalba Negra", "Ganga Ibérica", "Pardela Balear",
           "Buitre Negro", "Garcilla Bueyera", "Morito Común", "Avoceta", "Torcecuello", "Pito Real"]


@frame("decoy_prose", "es")
def es_avistamiento_aves(r):
    sitio = c(r, ["Doñana", "Delta del Ebro", "Tablas de Daimiel", "Monfragüe", "Albufera de Valencia", "Marismas del Odiel",
                  "Laguna de Gallocanta", "Villafáfila", "Cabo de Gata", "Txingudi", "Aiguamolls de l'Empordà", "Sierra de Guara"])
    sp = cs(r, ES_AVES, r.randint(2, 4))
    return c(r, [
        f"Avistamientos del {d_uk(r, 2023, 2025)} en {sitio}, de {hhmm(r, 6, 10)} a {hhmm(r, 11, 20)}: "
        + ", ".join(f"{r.randint(1, 300)} {s}" for s in sp) + f". Coordenadas {dz(r.uniform(36, 43), 4)}, {dz(r.uniform(-7, 3), 4)}.",
        f"¿El {sp[0]} que vimos en {sitio} puede ser migrante? Estaba a unos {r.randint(30, 500)} m del observatorio {r.randint(1, 6)}, "
        f"junto a {r.randint(2, 40)} ejemplares de {sp[1]}.",
    ])


# ---------------------------- Portuguese (BR) ----------------------------
BR_PRATOS = ["feijoada", "moqueca baiana", "pão de queijo", "coxinha", "brigadeiro", "bolo de cenoura", "escondidinho de carne seca",
             "baião de dois", "vatapá", "acarajé", "arroz carreteiro", "galinhada", "picanha na brasa", "farofa de bacon",
             "quindim", "pudim de leite", "tapioca", "cuscuz paulista", "empadão de frango", "bobó de camarão", "tutu de feijão",
             "pastel de feira", "canjica", "caldo verde", "torta de palmito", "virado à paulista", "arroz de pequi", "mousse de maracujá"]


@frame("decoy_prose", "pt-br")
def ptbr_receita(r):
    p = c(r, BR_PRATOS)
    return c(r, [
        f"Vou fazer {p} para {r.randint(2, 20)} pessoas no {c(r, ['sábado', 'domingo', 'feriado'])}. A receita pede "
        f"{r.choice([200, 300, 500, 750])} g de {c(r, ['polvilho azedo', 'feijão preto', 'carne-seca', 'leite condensado', 'farinha de mandioca', 'queijo meia cura', 'leite de coco', 'azeite de dendê'])} "
        f"e forno a {r.choice([160, 180, 200, 220])} °C por {r.randint(15, 90)} minutos. Dá para dobrar a receita?",
        f"Por que meu {p} fica sempre {c(r, ['solado', 'seco', 'sem gosto', 'muito salgado', 'cru no meio', 'empapado'])}? "
        f"Uso {r.randint(2, 6)} ovos e {r.randint(1, 4)} xícaras de {c(r, ['açúcar', 'farinha de trigo', 'leite', 'polvilho doce'])}.",
        f"Ficha técnica\nNome: {p}\nRendimento: {r.randint(4, 40)} porções\nTempo: {r.randint(20, 240)} min\nCusto: R$ {dz(r.uniform(15, 220), 2, True)}\n"
        f"Responsável: [preencher]",
    ])


@frame("decoy_prose", "pt-br")
def ptbr_imovel(r):
    q = r.randint(1, 4)
    su = r.randint(0, q)
    preco = f"{r.randint(180, 3900) * 1000:,}".replace(",", ".")
    return (f"{c(r, ['Apartamento', 'Casa térrea', 'Sobrado', 'Cobertura', 'Studio', 'Casa de condomínio'])} com {q} quarto{'s' if q > 1 else ''} "
            f"({su} suíte{'s' if su != 1 else ''}), {r.randint(28, 320)} m² de área útil, {r.randint(0, 3)} vaga(s) de garagem. "
            f"{c(r, ['Próximo ao metrô', 'Rua arborizada', 'Vista para o mar', 'Condomínio com lazer completo', 'Perto do parque', 'Bairro tranquilo'])}. "
            f"Andar {r.randint(1, 30)}, construído em {r.randint(1970, 2024)}. Valor: R$ {preco}; condomínio "
            f"R$ {r.randint(250, 2800)}; IPTU R$ {r.randint(40, 900)}/mês.\nEndereço: informado após agendamento\n"
            f"Telefone: pelo chat do anúncio\nCódigo do imóvel: {cpf_shape(r)}")


@frame("decoy_prose", "pt-br")
def ptbr_irpf(r):
    ficha = c(r, ["Identificação do Contribuinte", "Dependentes", "Rendimentos Tributáveis Recebidos de PJ", "Pagamentos Efetuados",
                  "Bens e Direitos", "Dívidas e Ônus Reais", "Rendimentos Isentos", "Doações Efetuadas"])
    return c(r, [
        f"Na ficha '{ficha}' da declaração do IRPF {r.randint(2022, 2025)} aparecem os campos 'CPF', 'Data de nascimento' e "
        f"'Telefone'. Preciso preencher de novo se já vieram da declaração pré-preenchida?",
        f"Campos da ficha '{ficha}' (em branco):\nNome: ______\nCPF: [obrigatório]\nData de nascimento: DD/MM/AAAA\n"
        f"Endereço: (opcional)\nTelefone: —\nQuais são obrigatórios?",
        f"O código {r.randint(1, 99):02d} em '{ficha}' serve para {c(r, ['imóvel', 'veículo', 'aplicação de renda fixa', 'poupança', 'ações'])}? "
        f"Valor em 31/12: R$ {dz(r.uniform(500, 90000), 2, True)}.",
    ])


@frame("decoy_prose", "pt-br")
def ptbr_patch_jogo(r):
    it = c(r, GAME_ITEMS)
    return c(r, [
        f"No patch {r.randint(1, 12)}.{r.randint(0, 40)}.{r.randint(0, 9)} o {it} caiu de {r.randint(100, 600)} para {r.randint(80, 580)} de dano. "
        f"Ainda vale farmar em {c(r, GAME_ZONES)}?",
        f"Alguém sabe a taxa de drop do {it} no {c(r, GAME_BOSSES)}? Fiz {r.randint(10, 300)} runs e nada. Build com {c(r, GAME_ITEMS)}.",
        f"Notas da atualização {d_uk(r, 2022, 2025)}: corrigido travamento em {c(r, GAME_ZONES)} com mais de {r.choice([8, 16, 32])} jogadores; "
        f"{it} recarga {r.randint(5, 120)}s → {r.randint(5, 120)}s. Isso quebra o meta?",
    ])


# ---------------------------- Italian ------------------------------------
IT_PIATTI = ["risotto alla milanese", "ossobuco", "lasagne alla bolognese", "cacio e pepe", "carbonara", "amatriciana",
             "parmigiana di melanzane", "vitello tonnato", "saltimbocca alla romana", "pesto alla genovese", "tiramisù",
             "panna cotta", "arancini", "caponata", "pizza margherita", "focaccia di Recco", "polenta concia", "bagna càuda",
             "trofie al pesto", "orecchiette alle cime di rapa", "pasta alla Norma", "cannoli siciliani", "baccalà mantecato",
             "tortellini in brodo", "ribollita", "pappa al pomodoro", "gnocchi alla sorrentina", "sfogliatelle"]


@frame("decoy_prose", "it")
def it_ricetta(r):
    p = c(r, IT_PIATTI)
    return c(r, [
        f"Preparo {p} per {r.randint(2, 12)} persone {c(r, ['sabato', 'domenica', 'stasera'])}. La ricetta dice {r.choice([100, 200, 320, 400, 500])} g di "
        f"{c(r, ['riso Carnaroli', 'guanciale', 'pecorino romano', 'Parmigiano Reggiano', 'farina 00', 'mascarpone', 'basilico', 'pomodori San Marzano'])} "
        f"e forno a {r.choice([160, 180, 200, 220])} °C per {r.randint(10, 90)} minuti. Posso dimezzare?",
        f"Perché la mia {p} viene sempre {c(r, ['troppo asciutta', 'scotta', 'sciapa', 'collosa', 'cruda al centro', 'troppo salata'])}?",
        f"Scheda ricetta\nNome: {p}\nDosi: {r.randint(2, 8)} persone\nTempo: {r.randint(15, 240)} min\nAutore: [da compilare]\nTelefono: —",
    ])


IT_CANTINE = ["Cantina del Poggio", "Tenuta Le Colline", "Cantina Rocca Nera", "Tenuta Santa Chiara", "Podere Il Castagno",
              "Cantine Monte Lungo", "Fattoria La Quercia", "Azienda Agricola Valle Alta", "Tenuta dei Gelsi", "Cantina Sette Ponti",
              "Castello di Montelupo", "Podere Casanova", "Tenuta La Vigna Vecchia", "Cantina Terre Rosse", "Fattoria Le Fonti"]
IT_DENOM = ["Barolo DOCG", "Barbaresco DOCG", "Brunello di Montalcino DOCG", "Chianti Classico DOCG", "Amarone della Valpolicella",
            "Soave Classico", "Etna Rosso DOC", "Taurasi DOCG", "Verdicchio dei Castelli di Jesi", "Franciacorta Brut",
            "Primitivo di Manduria", "Lugana DOC", "Vermentino di Gallura", "Montepulciano d'Abruzzo", "Nebbiolo d'Alba",
            "Lambrusco di Sorbara", "Sagrantino di Montefalco", "Aglianico del Vulture", "Cerasuolo di Vittoria", "Prosecco Superiore"]


@frame("decoy_prose", "it")
def it_cantina_vino(r):
    righe = [f"- {c(r, IT_CANTINE)}, {c(r, IT_DENOM)} {r.randint(2008, 2022)}, {r.randint(12, 15)},{r.randint(0, 9)}% vol, "
             f"{r.randint(14, 180)} € (lotto {c(r, ['L', 'LT'])}{digits(r, 5)})" for _ in range(r.randint(2, 5))]
    return c(r, ["Carta dei vini della cantina:\n", "Quale abbinare al brasato?\n", "Ordinali dal più leggero al più strutturato:\n"]) + "\n".join(righe)


IT_RIFUGI = ["Rifugio Lagazuoi", "Rifugio Auronzo", "Rifugio Bonatti", "Rifugio Nuvolau", "Rifugio Vajolet", "Rifugio Locatelli",
             "Rifugio Averau", "Rifugio Scoiattoli", "Rifugio Fanes", "Rifugio Lavarella", "Rifugio Pederü", "Rifugio Sennes",
             "Rifugio Puez", "Rifugio Firenze", "Rifugio Genova", "Rifugio Roda di Vael", "Rifugio Passo Principe",
             "Capanna Regina Margherita", "Rifugio Elisabetta", "Rifugio Torino", "Rifugio Vittorio Sella", "Rifugio Pian di Cengia"]


@frame("decoy_prose", "it")
def it_rifugio_sentiero(r):
    a, b = cs(r, IT_RIFUGI, 2)
    return c(r, [
        f"Tappa {r.randint(1, 12)} dell'Alta Via {r.randint(1, 6)}: da {a} a {b}, {dz(r.uniform(5, 20), 1, True)} km, "
        f"{r.randint(300, 1500)} m di dislivello, sentiero CAI n. {r.randint(1, 999)}. Fattibile a {c(r, ['giugno', 'luglio', 'settembre'])} in {r.randint(4, 9)} ore?",
        f"Il {a} ({r.randint(1800, 3300)} m) accetta carte? Mezza pensione {r.randint(55, 90)} €, apertura dal {r.randint(1, 28)} {c(r, ['giugno', 'luglio'])}. "
        f"Prenotazione: tramite il sito del rifugio.",
        f"Meteo per il {c(r, ['Sassolungo', 'Marmolada', 'Civetta', 'Pelmo', 'Tofane', 'Sella', 'Catinaccio', 'Gran Paradiso', 'Monte Rosa', 'Ortles'])}: "
        f"zero termico {r.randint(2000, 4300)} m, vento {r.randint(10, 90)} km/h, temporali dopo le {hhmm(r, 12, 16)}. Meglio partire dal {a}?",
    ])


IT_MATERIE = ["Italiano", "Matematica", "Latino", "Greco", "Storia", "Filosofia", "Fisica", "Scienze", "Inglese", "Arte",
              "Scienze motorie", "Religione", "Informatica", "Chimica", "Geografia", "Educazione civica", "Tedesco", "Diritto"]


@frame("decoy_prose", "it")
def it_orario_scolastico(r):
    g = c(r, ["Lunedì", "Martedì", "Mercoledì", "Giovedì", "Venerdì", "Sabato"])
    ore = [f"{h}ª ora ({7 + h}:{c(r, ['00', '05', '10'])}) {c(r, IT_MATERIE)} – aula {r.randint(1, 40)}" for h in range(1, r.randint(5, 7))]
    return (f"Classe {r.randint(1, 5)}ª {c(r, 'ABCDEFG')} – liceo {c(r, ['scientifico', 'classico', 'linguistico', 'artistico'])}, {g}:\n"
            + "\n".join(ore) + "\n" + c(r, ["Puoi farne una tabella?", "Quante ore di Matematica a settimana se è uguale ogni giorno?", "Ci sono buchi?"]))


# ---------------------------- Japanese (romanised) -----------------------
JA_RYOURI = ["oyakodon", "katsudon", "nikujaga", "karaage", "tonkatsu", "okonomiyaki", "takoyaki", "miso shiru",
             "chawanmushi", "gyouza", "yakisoba", "sukiyaki", "shabu-shabu", "tamagoyaki", "onigiri", "tenpura soba",
             "kare raisu", "hanbaagu", "omuraisu", "buta no shougayaki", "saba no misoni", "chikuzenni", "hijiki no nimono",
             "kinpira gobou", "agedashi doufu", "yudoufu", "zousui", "ochazuke", "inarizushi", "temakizushi", "nabeyaki udon"]


@frame("decoy_prose", "ja")
def ja_ryouri_reshipi(r):
    p = c(r, JA_RYOURI)
    return c(r, [
        f"Kyou no bangohan wa {p} ni shimasu. Zairyou ({r.randint(2, 6)}-nin bun): {c(r, ['tori momo niku', 'buta bara', 'gyuu koma', 'tofu', 'sake no kirimi'])} "
        f"{r.choice([200, 300, 400, 500])} g, tamago {r.randint(1, 6)}-ko, shouyu oosaji {r.randint(1, 4)}, mirin oosaji {r.randint(1, 3)}, "
        f"dashi {r.choice([200, 300, 400, 600])} ml. Hanbun ni shite mo daijoubu desu ka?",
        f"{p} ga itsumo {c(r, ['katakunaru', 'betatsuku', 'shoppai', 'aji ga usui', 'kogeru'])} no wa naze desu ka? "
        f"Hi wa {c(r, ['chuubi', 'yowabi', 'tsuyobi'])} de {r.randint(3, 40)}-fun nikondeimasu.",
        f"Reshipi kaado\nNamae: {p}\nJikan: {r.randint(10, 90)}-pun\nKarorii: {r.randint(200, 950)} kcal\nSakusha: [mikinyuu]",
    ])


JA_CHIMEI = ["Sapporo", "Sendai", "Niigata", "Kanazawa", "Nagoya", "Osaka", "Kyoto", "Hiroshima", "Fukuoka", "Kagoshima",
             "Naha", "Kochi", "Matsuyama", "Takamatsu", "Okayama", "Shizuoka", "Kofu", "Nagano", "Matsumoto", "Maebashi",
             "Utsunomiya", "Mito", "Chiba", "Yokohama", "Akita", "Aomori", "Morioka", "Yamagata", "Fukushima", "Toyama",
             "Fukui", "Tottori", "Matsue", "Yamaguchi", "Tokushima", "Nagasaki", "Kumamoto", "Oita", "Miyazaki", "Saga"]


@frame("decoy_prose", "ja")
def ja_tenki_yohou(r):
    a, b = cs(r, JA_CHIMEI, 2)
    hi = r.randint(-5, 38)
    s = (f"{a} no tenki: {c(r, ['hare nochi kumori', 'kumori tokidoki ame', 'ame nochi hare', 'yuki', 'hare', 'kaminari o tomonau ame'])}, "
         f"saikou kion {hi} do, saitei kion {hi - r.randint(2, 14)} do, kousui kakuritsu {r.randrange(0, 101, 10)} paasento. "
         f"{b} wa kaze ga tsuyoku, saidai shunkan fuusoku {r.randint(10, 45)} m/s.")
    if r.random() < 0.3:
        s += f" Taifuu {r.randint(1, 25)}-gou wa {r.randint(930, 1000)} hPa de kita e susunde imasu."
    return s + c(r, ["", " Shuumatsu no haikingu wa daijoubu desu ka?", " Kantan ni matomete kudasai."])


JA_YAMA = ["Fuji-san", "Yari-ga-take", "Okuhotaka-dake", "Tateyama", "Tsurugi-dake", "Shirouma-dake", "Kita-dake", "Aso-san",
           "Asahi-dake", "Ontake-san", "Norikura-dake", "Kuju-san", "Takao-san", "Tanzawa-san", "Akagi-san", "Nasu-dake",
           "Hakusan", "Ibuki-yama", "Tanigawa-dake", "Kumotori-yama", "Kaikoma-ga-take", "Senjo-ga-take", "Kisokoma-ga-take",
           "Rishiri-zan", "Chokai-san", "Gassan", "Bandai-san", "Asama-yama", "Myoko-san", "Tsubakuro-dake"]
JA_KOYA = ["Yarigatake Sansou", "Hotaka-dake Sansou", "Karasawa Hyutte", "Tsubakuro Sansou", "Kita-dake Sansou",
           "Shirouma Sansou", "Tsurugi Sawa Koya", "Ichinokoshi Sansou", "Sugoroku Goya", "Kumonodaira Sansou",
           "Minamidake Goya", "Chougadake Hyutte", "Kaikoma Hyutte", "Kumotori Sansou", "Midagahara Hoteru", "Tokusawa-en"]


@frame("decoy_prose", "ja")
def ja_tozan_sansou(r):
    y, k = c(r, JA_YAMA), c(r, JA_KOYA)
    return c(r, [
        f"{r.randint(7, 10)}-gatsu ni {y} ni noboritai desu. {k} ni ippaku shite, hyoukou-sa {r.randint(400, 1800)} m, "
        f"kyori {dz(r.uniform(6, 24))} km. Kosu taimu {r.randint(4, 11)} jikan wa genjitsuteki desu ka?",
        f"{k} no ippaku nishoku wa {r.randint(9, 16)},{r.choice(['000', '500'])} en desu ka? Yoyaku wa saito kara nomi to kaite arimashita.",
        f"{y} no choujou no kion wa {r.randint(-10, 15)} do kurai? Kaze {r.randint(5, 25)} m/s no yohou desu. Soubi risuto o chekku shite kudasai.",
    ])


@frame("decoy_prose", "ja")
def ja_geemu_patchi(r):
    it = c(r, GAME_ITEMS)
    return c(r, [
        f"Baajon {r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)} no patchi de '{it}' no kougekiryoku ga {r.randint(200, 900)} kara "
        f"{r.randint(180, 880)} ni sagarimashita. Mada tsuyoi desu ka?",
        f"'{c(r, GAME_BOSSES)}' wo {c(r, GAME_ZONES)} de taosu no ni osusume no soubi wa? Ima wa '{it}' to '{c(r, GAME_ITEMS)}' desu.",
        f"Doroppu ritsu {dz(r.uniform(0.1, 5), 2)} paasento no '{it}' wo {r.randint(20, 400)}-kai shuukai shite mo dete kimasen. Kakuritsu-teki ni futsuu?",
    ])


# ==========================================================================
# split + generation
# ==========================================================================
def split_of(names):
    """Rule: sort frame names; index % 5 in {0, 2} -> tune (40%), else heldout."""
    return {n: ("tune" if i % 5 in (0, 2) else "heldout") for i, n in enumerate(sorted(names))}


def generate(split, frames, rng, n_total):
    frames = sorted(frames, key=lambda f: f[0])
    k = len(frames)
    quota = {f[0]: n_total // k + (1 if i < n_total % k else 0) for i, f in enumerate(frames)}
    seen, out = set(), []

    def one(f, max_tries):
        name, source, locale, fn = f
        for _ in range(max_tries):
            text = fn(rng)
            if text not in seen:
                seen.add(text)
                out.append({"text": text, "spans": [], "source": source, "split": split,
                            "locale": locale, "frame": name})
                return True
        return False

    deficit = 0
    for f in frames:
        got = 0
        while got < quota[f[0]] and one(f, 50):
            got += 1
        deficit += quota[f[0]] - got
    i = 0
    while deficit > 0:  # top up from frames in the same split, round-robin
        if one(frames[i % k], 50):
            deficit -= 1
        i += 1
        if i > 100 * k + 100000:
            raise RuntimeError("could not reach target count")
    return out


def main():
    assert len({f[0] for f in FRAMES}) == len(FRAMES)
    sp = split_of([f[0] for f in FRAMES])
    rng = random.Random(SEED)
    for path, split in ((OUT_TUNE, "tune"), (OUT_HELD, "heldout")):
        recs = generate(split, [f for f in FRAMES if sp[f[0]] == split], rng, N_PER_FILE)
        with open(path, "w", encoding="utf-8") as fh:
            for rec in recs:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        md5 = hashlib.md5(open(path, "rb").read()).hexdigest()
        print(f"{os.path.relpath(path)}  records={len(recs)}  frames={sum(1 for v in sp.values() if v == split)}  md5={md5}")


if __name__ == "__main__":
    main()

# Entity pools. Line format:  Name|meta1|meta2 @lang1,lang2   (the @ part is optional)
# For multilingual topics (ml=True) the line is: en|de|fr|es|pt|it

POOLS = {}

POOLS["eponymous_cities"] = """
Presidente Prudente|BR
São José dos Campos|BR
Governador Valadares|BR
Teófilo Otoni|BR
Duque de Caxias|BR
Marechal Deodoro|BR
Bento Gonçalves|BR
Conselheiro Lafaiete|BR
Coronel Fabriciano|BR
Senador Canedo|BR
Almirante Tamandaré|BR
Santos Dumont|BR
Presidente Epitácio|BR
Barão de Cocais|BR
Dom Pedrito|BR
Carlos Barbosa|BR
Venâncio Aires|BR
Marechal Cândido Rondon|BR
José Bonifácio|BR
Florianópolis|BR
Ciudad Juárez|MX
Villa Carlos Paz|AR
Comodoro Rivadavia|AR
Coronel Suárez|AR
General Roca|AR
Presidencia Roque Sáenz Peña|AR
Tuxtla Gutiérrez|MX
Lázaro Cárdenas|MX
Ciudad Obregón|MX
Hidalgo del Parral|MX
Ciudad Madero|MX
Villa Gesell|AR
General Pico|AR
Puerto Montt|CL
Ciudad Bolívar|VE
Puerto Maldonado|PE
Fort Lauderdale|US
Fort Collins|US
Fort Worth|US
Jacksonville|US
Lafayette|US
Pittsburgh|US
Charlottesville|US
Fredericksburg|US
Williamsburg|US
Harrisburg|US
Allentown|US
Jefferson City|US
Prince George|CA
Alice Springs|AU
Wilhelmshaven|DE
Karlsruhe|DE
Ludwigshafen|DE
Ludwigsburg|DE
Friedrichshafen|DE
Ludwigslust|DE
Sainte-Maxime|FR
Saint-Nazaire|FR
Saint-Brieuc|FR
Saint-Jean-de-Luz|FR
San Donà di Piave|IT
San Benedetto del Tronto|IT
Santa Margherita Ligure|IT
Porto San Giorgio|IT
Villa San Giovanni|IT
Reggio Emilia|IT
San Giovanni Rotondo|IT
Vila Real de Santo António|PT
Santo Tirso|PT
São João da Madeira|PT
"""

POOLS["islands_districts"] = """
Vancouver Island|CA|island
Prince Edward Island|CA|island
Tasmania|AU|island
Marie-Galante|FR|island
Île Sainte-Marguerite|FR|island
Isla Robinson Crusoe|CL|island
Ilha de Santa Catarina|BR|island
Fernando de Noronha|BR|island
Isola di Santo Stefano|IT|island
Lord Howe Island|AU|island
Wrangel Island|RU|island
Cook Islands|NZ|island
Marshall Islands|MH|island
Solomon Islands|SB|island
Ellis Island|US|island
Roosevelt Island|US|island
Martha's Vineyard|US|island
Isla Magdalena|CL|island
Ilha de São Vicente|CV|island
Isla San Cristóbal|EC|island
Isla Isabela|EC|island
Isla Fernandina|EC|island
Isola di Sant'Antioco|IT|island
Isola di San Pietro|IT|island
Saint-Barthélemy|FR|island
Sint Eustatius|NL|island
Tristan da Cunha|GB|island
Macquarie Island|AU|island
King George Island|AQ|island
Charlottenburg|DE|district
Friedrichshain|DE|district
Wilhelmsburg|DE|district
Maxvorstadt|DE|district
Ludwigsvorstadt|DE|district
Barrio de Salamanca|ES|district
Colonia Juárez|MX|district
Barrio Belgrano|AR|district
Villa Crespo|AR|district
Vila Madalena|BR|district
Vila Mariana|BR|district
Santa Teresa|BR|district
Quartiere Coppedè|IT|district
Quartiere San Lorenzo|IT|district
Saint-Germain-des-Prés|FR|district
Saint-Gilles|BE|district
Faubourg Marigny|US|district
Darlinghurst|AU|district
Georgetown|US|district
"""

POOLS["airports"] = """
Aeroporto Marco Polo|VCE
John F. Kennedy International|JFK
Paris-Charles de Gaulle|CDG
Leonardo da Vinci–Fiumicino|FCO
Aeroporto Galileo Galilei|PSA
Aeroporto Guglielmo Marconi|BLQ
Aeroporto Falcone-Borsellino|PMO
Aeroporto Sandro Pertini|TRN
Aeroporto Amerigo Vespucci|FLR
Aeroporto Cristoforo Colombo|GOA
Ronald Reagan Washington National|DCA
George Bush Intercontinental|IAH
O'Hare International|ORD
Louis Armstrong New Orleans International|MSY
Liverpool John Lennon Airport|LPL
George Best Belfast City Airport|BHD
Flughafen Franz Josef Strauß|MUC
Flughafen Konrad Adenauer|CGN
Flughafen Willy Brandt|BER
Flughafen Helmut Schmidt|HAM
Aeroporto Santos Dumont|SDU
Galeão–Antonio Carlos Jobim|GIG
Aeroporto Salgado Filho|POA
Aeroporto Afonso Pena|CWB
Aeroporto Hercílio Luz|FLN
Aeroporto Presidente Juscelino Kubitschek|BSB
Aeroporto Deputado Luís Eduardo Magalhães|SSA
Aeropuerto Adolfo Suárez Madrid-Barajas|MAD
Aeropuerto Josep Tarradellas Barcelona-El Prat|BCN
Aeropuerto Jorge Chávez|LIM
Aeropuerto Benito Juárez|MEX
Aeroparque Jorge Newbery|AEP
Aeropuerto Ministro Pistarini|EZE
Aeropuerto Arturo Merino Benítez|SCL
Aéroport Lyon-Saint Exupéry|LYS
Aéroport Jean-Lesage|YQB
Montréal-Trudeau|YUL
Aeroporto Humberto Delgado|LIS
Aeroporto Francisco Sá Carneiro|OPO
Aeroporto João Paulo II|PDL
Václav Havel Airport|PRG
Chopin Airport|WAW
Henri Coandă International|OTP
Lennart Meri Tallinn Airport|TLL
Nikola Tesla Airport|BEG
Hartsfield–Jackson Atlanta International|ATL
Dulles International|IAD
LaGuardia Airport|LGA
John Wayne Airport|SNA
Bob Hope Airport|BUR
Will Rogers World Airport|OKC
Ted Stevens Anchorage International|ANC
Jomo Kenyatta International|NBO
O. R. Tambo International|JNB
Ben Gurion Airport|TLV
Indira Gandhi International|DEL
Ninoy Aquino International|MNL
Aeroporto Tancredo Neves|CNF
Aeropuerto Simón Bolívar|CCS
"""

POOLS["stations"] = """
Gare Saint-Lazare|Paris
London Victoria|London
King's Cross St Pancras|London
Firenze Santa Maria Novella|Firenze
Milano Porta Garibaldi|Milano
Madrid Chamartín-Clara Campoamor|Madrid
Estación Retiro Mitre|Buenos Aires
Estación Constitución|Buenos Aires
Estação da Luz|São Paulo
Estação Júlio Prestes|São Paulo
Berlin Friedrichstraße|Berlin
Hamburg Dammtor|Hamburg
Franklin D. Roosevelt (Métro)|Paris
Charles Michels|Paris
Louis Blanc|Paris
Victor Hugo (Métro)|Paris
Pino Suárez|Ciudad de México
Metro Hidalgo|Ciudad de México
Marquês de Pombal|Lisboa
Metrô Marechal Deodoro|São Paulo
Metrô Brigadeiro|São Paulo
Metrô Ana Rosa|São Paulo
Metrô Santa Cecília|São Paulo
U-Bahnhof Rosa-Luxemburg-Platz|Berlin
U-Bahnhof Theodor-Heuss-Platz|Berlin
U-Bahnhof Richard-Wagner-Platz|Berlin
Kurt-Schumacher-Platz|Berlin
Metro Ottaviano|Roma
Metro Giulio Agricola|Roma
Metro Cavour|Roma
Metro Cadorna|Milano
Metro Sant'Ambrogio|Milano
Metro Amendola|Milano
Lyon Perrache|Lyon
Bordeaux Saint-Jean|Bordeaux
Marseille Saint-Charles|Marseille
Madrid Puerta de Atocha-Almudena Grandes|Madrid
Sevilla Santa Justa|Sevilla
Málaga María Zambrano|Málaga
Valencia Joaquín Sorolla|Valencia
Penn Station|New York
Wien Franz-Josefs-Bahnhof|Wien
Kassel-Wilhelmshöhe|Kassel
Lisboa Santa Apolónia|Lisboa
Porto São Bento|Porto
Baixa-Chiado|Lisboa
Napoli Piazza Garibaldi|Napoli
Estação Leopoldina|Rio de Janeiro
Estación Hipólito Yrigoyen|Buenos Aires
"""

POOLS["universities"] = """
Humboldt-Universität zu Berlin|Berlin
Ludwig-Maximilians-Universität München|München
Goethe-Universität Frankfurt|Frankfurt
Johannes Gutenberg-Universität Mainz|Mainz
Heinrich-Heine-Universität Düsseldorf|Düsseldorf
Friedrich-Schiller-Universität Jena|Jena
Martin-Luther-Universität Halle-Wittenberg|Halle
Justus-Liebig-Universität Gießen|Gießen
Carl von Ossietzky Universität Oldenburg|Oldenburg
Otto-von-Guericke-Universität Magdeburg|Magdeburg
Stanford University|Stanford
Harvard University|Cambridge
Yale University|New Haven
Brown University|Providence
Duke University|Durham
Johns Hopkins University|Baltimore
Vanderbilt University|Nashville
Rice University|Houston
Cornell University|Ithaca
Carnegie Mellon University|Pittsburgh
Tufts University|Medford
Emory University|Atlanta
McGill University|Montréal
Dalhousie University|Halifax
Simon Fraser University|Burnaby
Monash University|Melbourne
Macquarie University|Sydney
Université Jean Moulin Lyon 3|Lyon
Université Toulouse III – Paul Sabatier|Toulouse
Université Claude Bernard Lyon 1|Lyon
Université Jean Monnet|Saint-Étienne
Université Paul-Valéry Montpellier 3|Montpellier
Universidad Carlos III de Madrid|Madrid
Universidad Rey Juan Carlos|Madrid
Universitat Pompeu Fabra|Barcelona
Universidad Francisco de Vitoria|Madrid
Universidad Torcuato Di Tella|Buenos Aires
Universidad Adolfo Ibáñez|Santiago
Universidad Diego Portales|Santiago
Universidad Andrés Bello|Santiago
Universidade Presbiteriana Mackenzie|São Paulo
Fundação Getulio Vargas|São Paulo
Universidade Estadual Paulista Júlio de Mesquita Filho|São Paulo
Università Bocconi|Milano
LUISS Guido Carli|Roma
Università Ca' Foscari|Venezia
Università Federico II|Napoli
Università Vita-Salute San Raffaele|Milano
Università Gabriele d'Annunzio|Chieti
Università Carlo Bo|Urbino
Università Luigi Vanvitelli|Caserta
Universidade Fernando Pessoa|Porto
Universidade Eduardo Mondlane|Maputo
"""

POOLS["hospitals"] = """
Johns Hopkins Hospital|Baltimore
Mayo Clinic|Rochester
Mount Sinai Hospital|New York
Massachusetts General Hospital|Boston
Cedars-Sinai Medical Center|Los Angeles
Helios Klinikum Emil von Behring|Berlin
Universitätsklinikum Carl Gustav Carus|Dresden
Klinikum Ernst von Bergmann|Potsdam
Robert-Bosch-Krankenhaus|Stuttgart
Hôpital Necker-Enfants malades|Paris
Hôpital Lariboisière|Paris
Hôpital européen Georges-Pompidou|Paris
Hôpital Bichat-Claude-Bernard|Paris
Hôpital Édouard-Herriot|Lyon
Hôpital Henri-Mondor|Créteil
Hôpital Ambroise-Paré|Boulogne-Billancourt
Hospital General Universitario Gregorio Marañón|Madrid
Hospital Universitario Ramón y Cajal|Madrid
Hospital Sant Joan de Déu|Barcelona
Hospital Clínico San Carlos|Madrid
Hospital Universitario Marqués de Valdecilla|Santander
Hospital Universitario Virgen del Rocío|Sevilla
Hospital Israelita Albert Einstein|São Paulo
Hospital Alemão Oswaldo Cruz|São Paulo
Hospital Municipal Miguel Couto|Rio de Janeiro
Hospital Universitário Clementino Fraga Filho|Rio de Janeiro
Hospital Pedro Hispano|Matosinhos
Hospital Garcia de Orta|Almada
Hospital de São João|Porto
Hospital de Santa Maria|Lisboa
Ospedale San Raffaele|Milano
Policlinico Agostino Gemelli|Roma
Ospedale Pediatrico Bambino Gesù|Roma
Policlinico Sant'Orsola-Malpighi|Bologna
Ospedale Antonio Cardarelli|Napoli
Istituto Giannina Gaslini|Genova
Ospedale Santa Maria Nuova|Firenze
St Thomas' Hospital|London
Guy's Hospital|London
Addenbrooke's Hospital|Cambridge
John Radcliffe Hospital|Oxford
Royal Alexandra Hospital|Paisley
"""

POOLS["stadiums"] = """
Estadio Santiago Bernabéu|Madrid
Estadio Alberto J. Armando|Buenos Aires
Estadio Monumental Antonio Vespucio Liberti|Buenos Aires
Estadio Ramón Sánchez-Pizjuán|Sevilla
Estadio Benito Villamarín|Sevilla
Estadio Martínez Valero|Elche
Estadio José Zorrilla|Valladolid
Estadio Carlos Tartiere|Oviedo
Estadio Nuevo Mirandilla|Cádiz
Estádio Jornalista Mário Filho|Rio de Janeiro
Estádio Cícero Pompeu de Toledo|São Paulo
Estádio Governador Magalhães Pinto|Belo Horizonte
Estádio Olímpico Nilton Santos|Rio de Janeiro
Estádio Paulo Machado de Carvalho|São Paulo
Estádio Urbano Caldeira|Santos
Estádio José Alvalade|Lisboa
Estádio Dr. Magalhães Pessoa|Leiria
Stadio Giuseppe Meazza|Milano
Stadio Diego Armando Maradona|Napoli
Stadio Artemio Franchi|Firenze
Stadio Luigi Ferraris|Genova
Stadio Renato Dall'Ara|Bologna
Stadio Ennio Tardini|Parma
Stadio Marc'Antonio Bentegodi|Verona
Stade Pierre-Mauroy|Lille
Stade Geoffroy-Guichard|Saint-Étienne
Stade Félix-Bollaert|Lens
Stade Louis-II|Monaco
Stade Auguste-Delaune|Reims
Stade Raymond-Kopa|Angers
Court Philippe-Chatrier|Paris
Fritz-Walter-Stadion|Kaiserslautern
Max-Morlock-Stadion|Nürnberg
Carl-Benz-Stadion|Mannheim
Rudolf-Harbig-Stadion|Dresden
Ernst-Abbe-Sportfeld|Jena
Arthur Ashe Stadium|New York
Louis Armstrong Stadium|New York
Lambeau Field|Green Bay
Lincoln Financial Field|Philadelphia
Wrigley Field|Chicago
Madison Square Garden|New York
Stamford Bridge|London
Estadio Nacional Julio Martínez Prádanos|Santiago
Estadio Alejandro Villanueva|Lima
Estadio Nemesio Camacho El Campín|Bogotá
"""

POOLS["bridges_landmarks"] = """
Ponte Vasco da Gama|Lisboa
Ponte Presidente Costa e Silva|Rio de Janeiro
Ponte Hercílio Luz|Florianópolis
Ponte Juscelino Kubitschek|Brasília
Ponte Octávio Frias de Oliveira|São Paulo
Puente de Isabel II|Sevilla
Pont Alexandre III|Paris
Pont Mirabeau|Paris
Pont Gustave-Flaubert|Rouen
Pont Jacques-Chaban-Delmas|Bordeaux
Ponte Vittorio Emanuele II|Roma
Ponte Umberto I|Torino
Ponte Cavour|Roma
Ponte Sisto|Roma
Ponte Matteotti|Roma
Kaiser-Wilhelm-Brücke|Wilhelmshaven
Theodor-Heuss-Brücke|Mainz
Friedrich-Ebert-Brücke|Mannheim
Kennedybrücke|Bonn
Konrad-Adenauer-Brücke|Bonn
George Washington Bridge|New York
Verrazzano-Narrows Bridge|New York
Walt Whitman Bridge|Philadelphia
Benjamin Franklin Bridge|Philadelphia
Queen Elizabeth II Bridge|Dartford
Jacques Cartier Bridge|Montréal
Samuel De Champlain Bridge|Montréal
Story Bridge|Brisbane
Lincoln Memorial|Washington
Jefferson Memorial|Washington
Nelson's Column|London
Albert Memorial|London
Kaiser-Wilhelm-Gedächtniskirche|Berlin
Palau Güell|Barcelona
Casa Batlló|Barcelona
Casa Milà|Barcelona
Villa Borghese|Roma
Galleria Vittorio Emanuele II|Milano
Mole Antonelliana|Torino
Palazzo Pitti|Firenze
Palazzo Strozzi|Firenze
Torre Eiffel|Paris
Centre Pompidou|Paris
Mount Rushmore|Keystone
Hoover Dam|Boulder City
Teatro Colón|Buenos Aires
Palácio Tiradentes|Rio de Janeiro
Theatro José de Alencar|Fortaleza
Hermannsdenkmal|Detmold
Fontana del Nettuno|Bologna
Bismarckturm|Bingen
"""

POOLS["founder_brands"] = """
Procter & Gamble
Johnson & Johnson
Dr. Oetker
Hugo Boss
Ferrero
Barilla
Lavazza
Bosch
Siemens
Miele
Michelin
Louis Vuitton
Chanel
Christian Dior
Yves Saint Laurent
Hermès
Cartier
Lacoste
Pernod Ricard
Moët & Chandon
Veuve Clicquot
Harley-Davidson
Hewlett-Packard
Dell
Kellogg's
Heinz
Hershey's
Cadbury
Nestlé
Philips
Heineken
Carlsberg
Levi Strauss & Co.
Estée Lauder
Max Factor
Helena Rubinstein
Elizabeth Arden
Haribo
Melitta
Faber-Castell
Staedtler
Carl Zeiss
Steiff
Märklin
Villeroy & Boch
Henkel
Beiersdorf
Knorr
Maggi
Bahlsen
Ritter Sport
Lindt & Sprüngli
Suchard
Breitling
TAG Heuer
Patek Philippe
Vacheron Constantin
Audemars Piguet
Pirelli
Olivetti
Benetton
Gucci
Prada
Fendi
Salvatore Ferragamo
Bulgari
Martini & Rossi
Campari
Cinzano
Buitoni
Gerdau
Loewe
Codorníu
Osborne
González Byass
Bodegas Torres
Mahou
Ben & Jerry's
McDonald's
Wendy's
Walt Disney Company
"""

POOLS["firms_banks"] = """
Baker McKenzie
Clifford Chance
Freshfields Bruckhaus Deringer
Linklaters
Allen & Overy
Slaughter and May
Herbert Smith Freehills
Hogan Lovells
Skadden, Arps, Slate, Meagher & Flom
Sullivan & Cromwell
Cravath, Swaine & Moore
Wachtell, Lipton, Rosen & Katz
Latham & Watkins
Kirkland & Ellis
Gleiss Lutz
Hengeler Mueller
Noerr
Gide Loyrette Nouel
Bredin Prat
Cuatrecasas
Garrigues
Uría Menéndez
Pinheiro Neto Advogados
Mattos Filho
Machado Meyer
BonelliErede
Chiomenti
Gianni & Origoni
Rothschild & Co
Lazard
M.M.Warburg & CO
Berenberg
Metzler
Hauck Aufhäuser Lampe
Julius Bär
Pictet
Lombard Odier
Barclays
Lloyds Banking Group
Coutts
Banco Safra
Goldman Sachs
Morgan Stanley
JPMorgan Chase
Merrill Lynch
Lehman Brothers
Charles Schwab
Edward Jones
Raymond James
T. Rowe Price
Franklin Templeton
Wellington Management
Baillie Gifford
Schroders
Carmignac
Edmond de Rothschild
Ernst & Young
Deloitte
PricewaterhouseCoopers
Grant Thornton
Baker Tilly
Mazars
Oddo BHF
Banque Hottinguer
Donner & Reuschel
Merck Finck
Banca Sella
"""

POOLS["cars"] = """
Škoda Octavia
Renault Zoe
Renault Clio
Opel Adam
Hyundai Santa Fe
Kia Carens
Ford Mondeo
Alfa Romeo Giulia
Alfa Romeo Giulietta
Lancia Flavia
Lancia Fulvia
Lancia Aurelia
Dacia Logan
Tesla Model 3
Lincoln Continental
Pontiac Firebird
Chevrolet Camaro
Citroën Xsara Picasso
Mercedes-Benz Sprinter
Porsche Cayenne
Ferrari Roma
Ferrari Enzo
Lamborghini Miura
Lamborghini Diablo
Maserati Ghibli
Bugatti Chiron
Peugeot 308
Seat Leon
Seat Ibiza
Cupra Born
Škoda Karoq
Opel Corsa
Opel Vectra
Ford Edsel
Ford Mustang
Chrysler Voyager
Dodge Charger
Chevrolet Malibu
Chevrolet Impala
Renault Megane
Renault Laguna
Fiat Doblò
Lancia Ypsilon
Alfa Romeo Montreal
Nissan Leaf
Toyota Corolla
Toyota Camry
Mazda MX-5 Miata
Mini Cooper
Aston Martin Vantage
Rolls-Royce Phantom
Bentley Continental
Jaguar E-Type
Morgan Plus Four
Austin-Healey Sprite
Volkswagen Karmann Ghia
Borgward Isabella
NSU Prinz
Trabant 601
Wartburg 353
Škoda Felicia
Kia Sorento
Seat Alhambra
Seat Marbella
Renault Twingo
Citroën Berlingo
Volkswagen Brasília
Chevrolet Opala
Ford Corcel
Fiat Uno
"""

POOLS["craft_ships_rockets"] = """
Boeing 787 Dreamliner|aircraft
Embraer E195-E2|aircraft
Bombardier Challenger 350|aircraft
Dassault Falcon 7X|aircraft
Fokker 100|aircraft
Messerschmitt Bf 109|aircraft
Junkers Ju 52|aircraft
Dornier Do 228|aircraft
Cessna 172 Skyhawk|aircraft
Piper PA-28 Cherokee|aircraft
Beechcraft King Air 350|aircraft
Douglas DC-3|aircraft
McDonnell Douglas MD-11|aircraft
Sikorsky S-92|aircraft
Grumman F-14 Tomcat|aircraft
Supermarine Spitfire|aircraft
Hawker Hurricane|aircraft
Sopwith Camel|aircraft
Avro Lancaster|aircraft
Piaggio P.180 Avanti|aircraft
Zeppelin NT|airship
Queen Mary 2|ship
MSC Gülsün|ship
Emma Maersk|ship
Amerigo Vespucci|ship
Gorch Fock|ship
Cap San Diego|ship
Prinz Eugen|ship
USS Gerald R. Ford|ship
USS Nimitz|ship
Juan Sebastián de Elcano|ship
Cutty Sark|ship
HMS Victory|ship
Mary Rose|ship
RMS Lusitania|ship
SS Andrea Doria|ship
Flying Scotsman|locomotive
Mallard|locomotive
Rheingold|train
Frecciarossa 1000|train
Ariane 6|rocket
Vega-C|rocket
Falcon 9|rocket
Atlas V|rocket
Saturn V|rocket
Vulcan Centaur|rocket
New Glenn|rocket
Cassini–Huygens|spacecraft
Hubble Space Telescope|spacecraft
James Webb Space Telescope|spacecraft
Rosalind Franklin rover|spacecraft
Kepler space telescope|spacecraft
Herschel Space Observatory|spacecraft
Planck satellite|spacecraft
Magellan probe|spacecraft
Ulysses probe|spacecraft
Galileo probe|spacecraft
Copernicus Sentinel-2A|spacecraft
Mariner 9|spacecraft
Voyager 2|spacecraft
"""

POOLS["software_versions"] = """
Debian Bookworm
Debian Bullseye
Debian Buster
Debian Trixie
Ubuntu Jammy Jellyfish
Ubuntu Focal Fossa
Apache Kafka
Apache Cassandra
Apache Lucene
Apache Tomcat
Jenkins
Hudson
Sphinx
Django
Gerrit
Jetty
Mercurial
Mozilla Thunderbird
Siri
Alexa
Cortana
Bixby
IBM Watson
NVIDIA Ampere
NVIDIA Turing
NVIDIA Hopper
NVIDIA Blackwell
Ada Lovelace GPU
Grace Hopper Superchip
Intel Alder Lake
Julia
Haskell
Erlang
Pascal
Hugo
Jekyll
Gatsby
Sinatra
Prometheus
Thanos
Loki
Jaeger
Zipkin
Arduino Uno
Raspberry Pi 5
Samsung Galaxy S24
Nokia 3310
Motorola Razr
Google Pixel 8
Fairphone 5
LibreOffice Writer
Blender
Krita
Inkscape
Elasticsearch
Kibana
Grafana
Ansible
Vagrant
"""

POOLS["dishes"] = """
Beef Wellington
Eggs Benedict
Pizza Margherita
Pavlova
Peach Melba
Crêpes Suzette
Caesar salad
Carpaccio
Fettuccine Alfredo
Tournedos Rossini
Pommes Anna
Chateaubriand
Beef Stroganoff
Sachertorte
Kaiserschmarrn
Fürst-Pückler-Eis
Bismarckhering
Prinzregententorte
Mozartkugeln
Linzer Torte
Königsberger Klopse
Madeleines
Tarte Tatin
Charlotte aux fraises
Savarin
Poire Belle-Hélène
Pommes Duchesse
Oysters Rockefeller
Lobster Thermidor
Lobster Newburg
Reuben sandwich
Cobb salad
Waldorf salad
Lamingtons
Garibaldi biscuits
Bolo Souza Leão
Romeu e Julieta
Filé à Oswaldo Aranha
Pasta alla Norma
Torta Barozzi
Pionono
Tarta de Santiago
Marquesa de chocolate
Chicken Marengo
Veal Orloff
Bananas Foster
Oysters Kilpatrick
Battenberg cake
Victoria sponge
Sfogliatella Santa Rosa
Zeppole di San Giuseppe
Bacalhau à Gomes de Sá
Bacalhau à Brás
Bacalhau à Zé do Pipo
Gâteau Saint-Honoré
Nesselrode pudding
Sole Colbert
Pizza Capricciosa
Spaghetti alla Nerano
"""

POOLS["drinks"] = """
Tom Collins
Bellini
Negroni
Bloody Mary
Shirley Temple
Arnold Palmer
Rob Roy
Harvey Wallbanger
Tom and Jerry
Mary Pickford
Hemingway Daiquiri
Margarita
Gin Rickey
Gibson
Martinez
Sazerac
Old Pal
Hugo Spritz
Garibaldi
Kir Royal
Dom Pérignon
Dr Pepper
Jack Daniel's
Jim Beam
Johnnie Walker
Captain Morgan
Bacardi
José Cuervo
Tia Maria
Cointreau
Frangelico
Tanqueray
Gordon's
Hendrick's
Smirnoff
Earl Grey
Lady Grey
Ramos Gin Fizz
Brandy Alexander
Bobby Burns
Jack Rose
Fernet-Branca
Ramazzotti
Averna
Luxardo
Carpano Antica Formula
Lillet Blanc
Noilly Prat
Dubonnet
Don Julio
"""

POOLS["breeds"] = """
Jack Russell Terrier|dog
Dobermann|dog
Gordon Setter|dog
Cavalier King Charles Spaniel|dog
Dandie Dinmont Terrier|dog
Weimaraner|dog
Leonberger|dog
Rottweiler|dog
Chihuahua|dog
Shih Tzu|dog
Boston Terrier|dog
Airedale Terrier|dog
Kerry Blue Terrier|dog
Ibizan Hound|dog
Cão da Serra da Estrela|dog
Fila Brasileiro|dog
Bracco Italiano|dog
Lagotto Romagnolo|dog
Spinone Italiano|dog
Cane Corso|dog
Sealyham Terrier|dog
Bedlington Terrier|dog
Manchester Terrier|dog
Norfolk Terrier|dog
Glen of Imaal Terrier|dog
Lhasa Apso|dog
Samoyed|dog
Keeshond|dog
Schipperke|dog
Affenpinscher|dog
Kromfohrländer|dog
Landseer|dog
Chesapeake Bay Retriever|dog
Dogo Argentino|dog
Rafeiro do Alentejo|dog
Beauceron|dog
Dogue de Bordeaux|dog
Korthals Griffon|dog
Volpino Italiano|dog
Bergamasco|dog
Cirneco dell'Etna|dog
Maine Coon|cat
Ragdoll|cat
Birman|cat
Turkish Van|cat
Devon Rex|cat
Cornish Rex|cat
Selkirk Rex|cat
Havana Brown|cat
Chartreux|cat
Singapura|cat
Percheron|horse
Clydesdale|horse
Lipizzaner|horse
Friesian|horse
Hanoverian|horse
Trakehner|horse
Oldenburger|horse
Mangalarga Marchador|horse
Crioulo|horse
Appaloosa|horse
Morgan horse|horse
Falabella|horse
Przewalski's horse|horse
Haflinger|horse
Connemara pony|horse
"""

POOLS["cultivars"] = """
'Gloire de Dijon'|rose
'Madame Alfred Carrière'|rose
'Queen Elizabeth'|rose
'Gertrude Jekyll'|rose
'Graham Thomas'|rose
'Albertine'|rose
'Félicité et Perpétue'|rose
'Souvenir de la Malmaison'|rose
'Zéphirine Drouhin'|rose
'Cardinal de Richelieu'|rose
'Charles de Mills'|rose
'Louise Odier'|rose
'Ferdinand Pichard'|rose
'Baron Girod de l'Ain'|rose
'Comte de Chambord'|rose
'Granny Smith'|apple
'Cox's Orange Pippin'|apple
'Braeburn'|apple
'Jonagold'|apple
'Boskoop'|apple
'McIntosh'|apple
'Bramley's Seedling'|apple
'Roter Berlepsch'|apple
'Gravensteiner'|apple
'Kaiser Wilhelm'|apple
'Williams Christ'|pear
'Doyenné du Comice'|pear
'Beurré Hardy'|pear
'Abate Fetel'|pear
'Alexander Lucas'|pear
'Linda'|potato
'Annabelle'|potato
'Charlotte'|potato
'Désirée'|potato
'Maris Piper'|potato
'King Edward'|potato
'Belle de Fontenay'|potato
'San Marzano'|tomato
'Cherokee Purple'|tomato
'Brandywine'|tomato
'Mr. Stripey'|tomato
'Müller-Thurgau'|grape
'Dornfelder'|grape
'Scheurebe'|grape
'Kerner'|grape
'Princess Irene'|tulip
'Nelly Moser'|clematis
'Jackmanii'|clematis
'Madame Lemoine'|lilac
'Sarah Bernhardt'|peony
'Duchesse de Nemours'|peony
'Karl Rosenfield'|peony
'Bishop of Llandaff'|dahlia
'Lady Boothby'|fuchsia
'Hidcote'|lavender
'Munstead'|lavender
'Cupani'|sweet pea
'Mara des Bois'|strawberry
'Senga Sengana'|strawberry
'Reine Claude'|plum
'Mirabelle de Nancy'|plum
'Meyer'|lemon
"""

POOLS["minerals"] = """
Goethite
Alexandrite
Smithsonite
Gadolinite
Wollastonite
Dolomite
Scheelite
Prehnite
Zoisite
Morganite
Kunzite
Hauyne
Uvarovite
Samarskite
Cordierite
Sillimanite
Biotite
Brookite
Sperrylite
Proustite
Millerite
Carnotite
Autunite
Torbernite
Cummingtonite
Gaylussite
Hübnerite
Columbite
Stolzite
Wulfenite
Vauquelinite
Greenockite
Bixbyite
Dumortierite
Humboldtine
Baddeleyite
Lorándite
Gmelinite
Brochantite
Bertrandite
Beudantite
Descloizite
Wavellite
Andradite
"""

POOLS["diseases"] = """
Parkinson's disease|Morbus Parkinson|la maladie de Parkinson|la enfermedad de Parkinson|a doença de Parkinson|il morbo di Parkinson
Alzheimer's disease|Alzheimer-Krankheit|la maladie d'Alzheimer|la enfermedad de Alzheimer|a doença de Alzheimer|il morbo di Alzheimer
Crohn's disease|Morbus Crohn|la maladie de Crohn|la enfermedad de Crohn|a doença de Crohn|il morbo di Crohn
Hodgkin lymphoma|Hodgkin-Lymphom|le lymphome de Hodgkin|el linfoma de Hodgkin|o linfoma de Hodgkin|il linfoma di Hodgkin
Huntington's disease|Chorea Huntington|la maladie de Huntington|la enfermedad de Huntington|a doença de Huntington|la còrea di Huntington
Graves' disease|Morbus Basedow|la maladie de Basedow|la enfermedad de Graves-Basedow|a doença de Graves|il morbo di Basedow-Graves
Hashimoto's thyroiditis|Hashimoto-Thyreoiditis|la thyroïdite de Hashimoto|la tiroiditis de Hashimoto|a tireoidite de Hashimoto|la tiroidite di Hashimoto
Addison's disease|Morbus Addison|la maladie d'Addison|la enfermedad de Addison|a doença de Addison|il morbo di Addison
Cushing's syndrome|Cushing-Syndrom|le syndrome de Cushing|el síndrome de Cushing|a síndrome de Cushing|la sindrome di Cushing
Tourette syndrome|Tourette-Syndrom|le syndrome de Gilles de la Tourette|el síndrome de Tourette|a síndrome de Tourette|la sindrome di Tourette
Down syndrome|Down-Syndrom|le syndrome de Down|el síndrome de Down|a síndrome de Down|la sindrome di Down
Lyme disease|Lyme-Borreliose|la maladie de Lyme|la enfermedad de Lyme|a doença de Lyme|la malattia di Lyme
Kaposi sarcoma|Kaposi-Sarkom|le sarcome de Kaposi|el sarcoma de Kaposi|o sarcoma de Kaposi|il sarcoma di Kaposi
Guillain–Barré syndrome|Guillain-Barré-Syndrom|le syndrome de Guillain-Barré|el síndrome de Guillain-Barré|a síndrome de Guillain-Barré|la sindrome di Guillain-Barré
Raynaud's phenomenon|Raynaud-Syndrom|le syndrome de Raynaud|el fenómeno de Raynaud|o fenômeno de Raynaud|il fenomeno di Raynaud
Ménière's disease|Morbus Menière|la maladie de Ménière|la enfermedad de Ménière|a doença de Ménière|la sindrome di Ménière
Bell's palsy|Bell-Lähmung|la paralysie de Bell|la parálisis de Bell|a paralisia de Bell|la paralisi di Bell
Sjögren's syndrome|Sjögren-Syndrom|le syndrome de Gougerot-Sjögren|el síndrome de Sjögren|a síndrome de Sjögren|la sindrome di Sjögren
Creutzfeldt–Jakob disease|Creutzfeldt-Jakob-Krankheit|la maladie de Creutzfeldt-Jakob|la enfermedad de Creutzfeldt-Jakob|a doença de Creutzfeldt-Jakob|il morbo di Creutzfeldt-Jakob
Tay–Sachs disease|Tay-Sachs-Syndrom|la maladie de Tay-Sachs|la enfermedad de Tay-Sachs|a doença de Tay-Sachs|la malattia di Tay-Sachs
Wilson's disease|Morbus Wilson|la maladie de Wilson|la enfermedad de Wilson|a doença de Wilson|il morbo di Wilson
Paget's disease of bone|Morbus Paget|la maladie de Paget|la enfermedad de Paget|a doença de Paget|il morbo di Paget
Dupuytren's contracture|Dupuytren-Kontraktur|la maladie de Dupuytren|la contractura de Dupuytren|a contratura de Dupuytren|la malattia di Dupuytren
Osgood–Schlatter disease|Morbus Osgood-Schlatter|la maladie d'Osgood-Schlatter|la enfermedad de Osgood-Schlatter|a doença de Osgood-Schlatter|la malattia di Osgood-Schlatter
Legg–Calvé–Perthes disease|Morbus Perthes|la maladie de Legg-Calvé-Perthes|la enfermedad de Perthes|a doença de Legg-Calvé-Perthes|il morbo di Perthes
Münchausen syndrome|Münchhausen-Syndrom|le syndrome de Münchhausen|el síndrome de Münchhausen|a síndrome de Munchausen|la sindrome di Münchhausen
Chagas disease|Chagas-Krankheit|la maladie de Chagas|la enfermedad de Chagas|a doença de Chagas|la malattia di Chagas
Kawasaki disease|Kawasaki-Syndrom|la maladie de Kawasaki|la enfermedad de Kawasaki|a doença de Kawasaki|la malattia di Kawasaki
Behçet's disease|Morbus Behçet|la maladie de Behçet|la enfermedad de Behçet|a doença de Behçet|la malattia di Behçet
Hirschsprung's disease|Morbus Hirschsprung|la maladie de Hirschsprung|la enfermedad de Hirschsprung|a doença de Hirschsprung|il morbo di Hirschsprung
Hansen's disease|Hansen-Krankheit|la maladie de Hansen|la enfermedad de Hansen|a doença de Hansen|il morbo di Hansen
Marfan syndrome|Marfan-Syndrom|le syndrome de Marfan|el síndrome de Marfan|a síndrome de Marfan|la sindrome di Marfan
Ehlers–Danlos syndrome|Ehlers-Danlos-Syndrom|le syndrome d'Ehlers-Danlos|el síndrome de Ehlers-Danlos|a síndrome de Ehlers-Danlos|la sindrome di Ehlers-Danlos
Klinefelter syndrome|Klinefelter-Syndrom|le syndrome de Klinefelter|el síndrome de Klinefelter|a síndrome de Klinefelter|la sindrome di Klinefelter
Turner syndrome|Turner-Syndrom|le syndrome de Turner|el síndrome de Turner|a síndrome de Turner|la sindrome di Turner
Rett syndrome|Rett-Syndrom|le syndrome de Rett|el síndrome de Rett|a síndrome de Rett|la sindrome di Rett
Williams syndrome|Williams-Beuren-Syndrom|le syndrome de Williams|el síndrome de Williams|a síndrome de Williams|la sindrome di Williams
Prader–Willi syndrome|Prader-Willi-Syndrom|le syndrome de Prader-Willi|el síndrome de Prader-Willi|a síndrome de Prader-Willi|la sindrome di Prader-Willi
Angelman syndrome|Angelman-Syndrom|le syndrome d'Angelman|el síndrome de Angelman|a síndrome de Angelman|la sindrome di Angelman
Gaucher disease|Morbus Gaucher|la maladie de Gaucher|la enfermedad de Gaucher|a doença de Gaucher|la malattia di Gaucher
Fabry disease|Morbus Fabry|la maladie de Fabry|la enfermedad de Fabry|a doença de Fabry|la malattia di Fabry
Pompe disease|Morbus Pompe|la maladie de Pompe|la enfermedad de Pompe|a doença de Pompe|la malattia di Pompe
Niemann–Pick disease|Niemann-Pick-Krankheit|la maladie de Niemann-Pick|la enfermedad de Niemann-Pick|a doença de Niemann-Pick|la malattia di Niemann-Pick
Stevens–Johnson syndrome|Stevens-Johnson-Syndrom|le syndrome de Stevens-Johnson|el síndrome de Stevens-Johnson|a síndrome de Stevens-Johnson|la sindrome di Stevens-Johnson
Reye's syndrome|Reye-Syndrom|le syndrome de Reye|el síndrome de Reye|a síndrome de Reye|la sindrome di Reye
Barrett's esophagus|Barrett-Ösophagus|l'œsophage de Barrett|el esófago de Barrett|o esôfago de Barrett|l'esofago di Barrett
Baker's cyst|Baker-Zyste|le kyste de Baker|el quiste de Baker|o cisto de Baker|la cisti di Baker
Takayasu arteritis|Takayasu-Arteriitis|l'artérite de Takayasu|la arteritis de Takayasu|a arterite de Takayasu|l'arterite di Takayasu
Still's disease|Morbus Still|la maladie de Still|la enfermedad de Still|a doença de Still|la malattia di Still
Scheuermann's disease|Morbus Scheuermann|la maladie de Scheuermann|la enfermedad de Scheuermann|a doença de Scheuermann|il morbo di Scheuermann
Bechterew's disease|Morbus Bechterew|la maladie de Bechterew|la enfermedad de Bechterew|a doença de Bechterew|il morbo di Bechterew
"""

POOLS["laws_theorems"] = """
the Doppler effect|Doppler-Effekt|l'effet Doppler|el efecto Doppler|o efeito Doppler|l'effetto Doppler
Ohm's law|Ohmsches Gesetz|la loi d'Ohm|la ley de Ohm|a lei de Ohm|la legge di Ohm
Hooke's law|Hookesches Gesetz|la loi de Hooke|la ley de Hooke|a lei de Hooke|la legge di Hooke
Boyle's law|Boyle-Mariotte-Gesetz|la loi de Boyle-Mariotte|la ley de Boyle-Mariotte|a lei de Boyle-Mariotte|la legge di Boyle-Mariotte
Newton's second law|zweites Newtonsches Gesetz|la deuxième loi de Newton|la segunda ley de Newton|a segunda lei de Newton|la seconda legge di Newton
the Pythagorean theorem|Satz des Pythagoras|le théorème de Pythagore|el teorema de Pitágoras|o teorema de Pitágoras|il teorema di Pitagora
Fermat's Last Theorem|Großer Fermatscher Satz|le dernier théorème de Fermat|el último teorema de Fermat|o último teorema de Fermat|l'ultimo teorema di Fermat
Gödel's incompleteness theorems|Gödelsche Unvollständigkeitssätze|les théorèmes d'incomplétude de Gödel|los teoremas de incompletitud de Gödel|os teoremas da incompletude de Gödel|i teoremi di incompletezza di Gödel
Bayes' theorem|Satz von Bayes|le théorème de Bayes|el teorema de Bayes|o teorema de Bayes|il teorema di Bayes
Euler's identity|Eulersche Identität|l'identité d'Euler|la identidad de Euler|a identidade de Euler|l'identità di Euler
Gauss's law|Gaußsches Gesetz|le théorème de Gauss|la ley de Gauss|a lei de Gauss|la legge di Gauss
Coulomb's law|Coulombsches Gesetz|la loi de Coulomb|la ley de Coulomb|a lei de Coulomb|la legge di Coulomb
Faraday's law of induction|Faradaysches Induktionsgesetz|la loi de Faraday|la ley de Faraday|a lei de Faraday|la legge di Faraday
Lenz's law|Lenzsche Regel|la loi de Lenz|la ley de Lenz|a lei de Lenz|la legge di Lenz
Kirchhoff's circuit laws|Kirchhoffsche Regeln|les lois de Kirchhoff|las leyes de Kirchhoff|as leis de Kirchhoff|le leggi di Kirchhoff
the Avogadro constant|Avogadro-Konstante|la constante d'Avogadro|la constante de Avogadro|a constante de Avogadro|la costante di Avogadro
the Planck constant|Plancksches Wirkungsquantum|la constante de Planck|la constante de Planck|a constante de Planck|la costante di Planck
the Boltzmann constant|Boltzmann-Konstante|la constante de Boltzmann|la constante de Boltzmann|a constante de Boltzmann|la costante di Boltzmann
Heisenberg's uncertainty principle|Heisenbergsche Unschärferelation|le principe d'incertitude de Heisenberg|el principio de incertidumbre de Heisenberg|o princípio da incerteza de Heisenberg|il principio di indeterminazione di Heisenberg
the Pauli exclusion principle|Pauli-Prinzip|le principe d'exclusion de Pauli|el principio de exclusión de Pauli|o princípio de exclusão de Pauli|il principio di esclusione di Pauli
the Schrödinger equation|Schrödingergleichung|l'équation de Schrödinger|la ecuación de Schrödinger|a equação de Schrödinger|l'equazione di Schrödinger
the Navier–Stokes equations|Navier-Stokes-Gleichungen|les équations de Navier-Stokes|las ecuaciones de Navier-Stokes|as equações de Navier-Stokes|le equazioni di Navier-Stokes
Bernoulli's principle|Bernoulli-Gleichung|le théorème de Bernoulli|el principio de Bernoulli|o princípio de Bernoulli|il principio di Bernoulli
Archimedes' principle|Archimedisches Prinzip|la poussée d'Archimède|el principio de Arquímedes|o princípio de Arquimedes|il principio di Archimede
Pascal's law|Pascalsches Gesetz|le principe de Pascal|el principio de Pascal|o princípio de Pascal|il principio di Pascal
Snell's law|Snelliussches Brechungsgesetz|la loi de Snell-Descartes|la ley de Snell|a lei de Snell|la legge di Snell
Moore's law|Mooresches Gesetz|la loi de Moore|la ley de Moore|a lei de Moore|la legge di Moore
Murphy's law|Murphys Gesetz|la loi de Murphy|la ley de Murphy|a lei de Murphy|la legge di Murphy
Parkinson's law|Parkinsonsches Gesetz|la loi de Parkinson|la ley de Parkinson|a lei de Parkinson|la legge di Parkinson
Zipf's law|Zipfsches Gesetz|la loi de Zipf|la ley de Zipf|a lei de Zipf|la legge di Zipf
Benford's law|Benfordsches Gesetz|la loi de Benford|la ley de Benford|a lei de Benford|la legge di Benford
Hubble's law|Hubble-Gesetz|la loi de Hubble|la ley de Hubble|a lei de Hubble|la legge di Hubble
Kepler's laws|Keplersche Gesetze|les lois de Kepler|las leyes de Kepler|as leis de Kepler|le leggi di Keplero
the Zeeman effect|Zeeman-Effekt|l'effet Zeeman|el efecto Zeeman|o efeito Zeeman|l'effetto Zeeman
the Compton effect|Compton-Effekt|l'effet Compton|el efecto Compton|o efeito Compton|l'effetto Compton
the Mpemba effect|Mpemba-Effekt|l'effet Mpemba|el efecto Mpemba|o efeito Mpemba|l'effetto Mpemba
the Dunning–Kruger effect|Dunning-Kruger-Effekt|l'effet Dunning-Kruger|el efecto Dunning-Kruger|o efeito Dunning-Kruger|l'effetto Dunning-Kruger
the Streisand effect|Streisand-Effekt|l'effet Streisand|el efecto Streisand|o efeito Streisand|l'effetto Streisand
the Coriolis effect|Coriolis-Effekt|l'effet Coriolis|el efecto Coriolis|o efeito Coriolis|l'effetto Coriolis
the Venturi effect|Venturi-Effekt|l'effet Venturi|el efecto Venturi|o efeito Venturi|l'effetto Venturi
the Magnus effect|Magnus-Effekt|l'effet Magnus|el efecto Magnus|o efeito Magnus|l'effetto Magnus
the Peltier effect|Peltier-Effekt|l'effet Peltier|el efecto Peltier|o efeito Peltier|l'effetto Peltier
the Pygmalion effect|Pygmalion-Effekt|l'effet Pygmalion|el efecto Pigmalión|o efeito Pigmalião|l'effetto Pigmalione
the Pareto principle|Pareto-Prinzip|le principe de Pareto|el principio de Pareto|o princípio de Pareto|il principio di Pareto
Occam's razor|Ockhams Rasiermesser|le rasoir d'Ockham|la navaja de Ockham|a navalha de Occam|il rasoio di Occam
the Turing test|Turing-Test|le test de Turing|la prueba de Turing|o teste de Turing|il test di Turing
the Fibonacci sequence|Fibonacci-Folge|la suite de Fibonacci|la sucesión de Fibonacci|a sequência de Fibonacci|la successione di Fibonacci
Dijkstra's algorithm|Dijkstra-Algorithmus|l'algorithme de Dijkstra|el algoritmo de Dijkstra|o algoritmo de Dijkstra|l'algoritmo di Dijkstra
the Fourier transform|Fourier-Transformation|la transformée de Fourier|la transformada de Fourier|a transformada de Fourier|la trasformata di Fourier
the Laplace transform|Laplace-Transformation|la transformée de Laplace|la transformada de Laplace|a transformada de Laplace|la trasformata di Laplace
the Taylor series|Taylorreihe|la série de Taylor|la serie de Taylor|a série de Taylor|la serie di Taylor
the Riemann hypothesis|Riemannsche Vermutung|l'hypothèse de Riemann|la hipótesis de Riemann|a hipótese de Riemann|l'ipotesi di Riemann
the Poincaré conjecture|Poincaré-Vermutung|la conjecture de Poincaré|la conjetura de Poincaré|a conjectura de Poincaré|la congettura di Poincaré
Goldbach's conjecture|Goldbachsche Vermutung|la conjecture de Goldbach|la conjetura de Goldbach|a conjectura de Goldbach|la congettura di Goldbach
the Collatz conjecture|Collatz-Problem|la conjecture de Collatz|la conjetura de Collatz|a conjectura de Collatz|la congettura di Collatz
the Cauchy–Schwarz inequality|Cauchy-Schwarz-Ungleichung|l'inégalité de Cauchy-Schwarz|la desigualdad de Cauchy-Schwarz|a desigualdade de Cauchy-Schwarz|la disuguaglianza di Cauchy-Schwarz
Gresham's law|Greshamsches Gesetz|la loi de Gresham|la ley de Gresham|a lei de Gresham|la legge di Gresham
Okun's law|Okunsches Gesetz|la loi d'Okun|la ley de Okun|a lei de Okun|la legge di Okun
the Laffer curve|Laffer-Kurve|la courbe de Laffer|la curva de Laffer|a curva de Laffer|la curva di Laffer
the Phillips curve|Phillips-Kurve|la courbe de Phillips|la curva de Phillips|a curva de Phillips|la curva di Phillips
the Sarbanes–Oxley Act|Sarbanes-Oxley Act|la loi Sarbanes-Oxley|la ley Sarbanes-Oxley|a lei Sarbanes-Oxley|la legge Sarbanes-Oxley
the Dodd–Frank Act|Dodd-Frank Act|la loi Dodd-Frank|la ley Dodd-Frank|a lei Dodd-Frank|la legge Dodd-Frank
the Glass–Steagall Act|Glass-Steagall Act|la loi Glass-Steagall|la ley Glass-Steagall|a lei Glass-Steagall|la legge Glass-Steagall
the Maria da Penha Law|Maria-da-Penha-Gesetz|la loi Maria da Penha|la Ley Maria da Penha|a Lei Maria da Penha|la legge Maria da Penha
the Rouanet Law|Rouanet-Gesetz|la loi Rouanet|la Ley Rouanet|a Lei Rouanet|la legge Rouanet
the Évin law|Loi Évin|la loi Évin|la ley Évin|a lei Évin|la legge Évin
the Basaglia Law|Basaglia-Gesetz|la loi Basaglia|la ley Basaglia|a lei Basaglia|la legge Basaglia
"""

POOLS["books"] = """
Madame Bovary
Anna Karenina
David Copperfield
Oliver Twist
Jane Eyre
Emma
Effi Briest
Le Père Goriot
Eugénie Grandet
Dom Casmurro
Memórias Póstumas de Brás Cubas
Iracema
Pinocchio
Don Quixote @en
Don Quijote de la Mancha @es,de,it
Dom Quixote @pt
Don Quichotte @fr
Doña Bárbara
Pedro Páramo
Martín Fierro
Robinson Crusoe
Lolita
Rebecca
Heidi
Pippi Longstocking @en
Pippi Langstrumpf @de
Momo
Siddhartha
Tonio Kröger
Michael Kohlhaas
Wilhelm Meisters Lehrjahre
Nathan der Weise
Emil und die Detektive
Candide
Gargantua
Tartuffe
Cyrano de Bergerac
Thérèse Raquin
Nana
Mrs Dalloway
Tom Jones
Tristram Shandy
Silas Marner
Daniel Deronda
Adam Bede
Jude the Obscure
Tess of the d'Urbervilles
Ivanhoe
Moll Flanders
Clarissa
Evelina
Frankenstein
Dracula
Peter Camenzind
Gösta Berling
Marianela
Fortunata y Jacinta
Pepita Jiménez
Gabriela, Cravo e Canela
Dona Flor e Seus Dois Maridos
Tieta do Agreste
Macunaíma
Quincas Borba
Lucíola
Zazie dans le métro
Bel-Ami
Adolphe
Atala
Paul et Virginie
Il fu Mattia Pascal
La coscienza di Zeno
Marcovaldo
Lazarillo de Tormes
La Celestina
"""

POOLS["films"] = """
Citizen Kane
Forrest Gump
Annie Hall
Amélie
Jules et Jim
Lola rennt
Good Bye, Lenin!
Frida
Erin Brockovich
Jerry Maguire
Edward Scissorhands
Billy Elliot
Thelma & Louise
Rocky
Shrek
Mary Poppins
Barry Lyndon
Lawrence of Arabia
Doctor Zhivago
Ben-Hur
Spartacus
Cleopatra
Zorba the Greek
Amadeus
Marie Antoinette
Léon
Nikita
Jean de Florette
Manon des Sources
Ernest et Célestine
Julieta
Pane e cioccolata
Marcelino pan y vino
Il Postino
Don Camillo
Bianca
Sissi
Toni Erdmann
Victoria
Kramer vs. Kramer
Annie
Johnny Guitar
Jackie Brown
Harry und Sally
Chocolat
Hugo
Hannah and Her Sisters
Ferris Bueller's Day Off
Napoleon Dynamite
Bonnie and Clyde
Elizabeth
"""

POOLS["songs"] = """
Jolene
Roxanne
Layla
Michelle
Hey Jude
Billie Jean
Eleanor Rigby
Mrs. Robinson
Angie
Gloria
Suzanne
Mandy
Proud Mary
Peggy Sue
Johnny B. Goode
Sweet Caroline
Garota de Ipanema
Aquarela do Brasil
Volare
Azzurro
La Bamba
Bésame Mucho
La Vie en rose
Alexandrie Alexandra
Marcia Baila
Major Tom
Lili Marleen
Carolina
Ana Júlia
Eduardo e Mônica
Maria Maria
Alegria, Alegria
Laura non c'è
Marina
Caruso
Anna e Marco
Macarena
Lucía
Penélope
Cecilia
Fernando
Hélène
Aline
Joe le taxi
Nathalie
Les Champs-Élysées
Anita
Veronika, der Lenz ist da
Rosamunde
Ruby Tuesday
Delilah
Valerie
Sylvia's Mother
Daniel
Candle in the Wind
"""

POOLS["opera_ballet"] = """
Carmen
Tosca
Aida
Rigoletto
Madama Butterfly
Turandot
Manon Lescaut
Don Giovanni
Fidelio
Lohengrin
Tannhäuser
Parsifal
Salome
Elektra
Norma
Lucia di Lammermoor
Nabucco
Otello
Falstaff
Don Carlo
Eugene Onegin
Boris Godunov
Werther
Thaïs
Lakmé
Orfeo ed Euridice
Gianni Schicchi
Tristan und Isolde
Ariadne auf Naxos
Jenůfa
Katya Kabanova
Rusalka
Dido and Aeneas
Peter Grimes
Billy Budd
Giulio Cesare
Alcina
Rinaldo
Idomeneo
Lucrezia Borgia
Anna Bolena
Maria Stuarda
Simon Boccanegra
Luisa Miller
Giselle
Coppélia
Raymonda
Sylvia
Paquita
"""

POOLS["paintings"] = """
Mona Lisa
Girl with a Pearl Earring @en
The Birth of Venus @en
Las Meninas
Olympia
Whistlejacket
The Arnolfini Portrait @en
Saturn Devouring His Son @en
Liberty Leading the People @en
La Liberté guidant le peuple @fr
The Death of Marat @en
La Mort de Marat @fr
Napoleon Crossing the Alps @en
Judith Slaying Holofernes @en
Giuditta che decapita Oloferne @it
Abaporu
Guernica
Wanderer above the Sea of Fog @en
Der Wanderer über dem Nebelmeer @de
Primavera
Ophelia
The Lady of Shalott @en
Flaming June
La maja desnuda
Saint Jerome in His Study @en
The Calling of Saint Matthew @en
Vocazione di san Matteo @it
Bacchus
Lady with an Ermine @en
Dama con l'ermellino @it
Portrait of Adele Bloch-Bauer I @en
Madame X
Whistler's Mother @en
Venus of Urbino @en
Venere di Urbino @it
Danaë
Leda and the Swan @en
Mademoiselle Rivière
Madame Récamier
Los fusilamientos del 3 de mayo @es
La Gioconda @it,es,pt
Operários @pt
A Negra @pt
Retirantes @pt
Le Déjeuner sur l'herbe @fr
Marie-Antoinette à la rose @fr
Bildnis Gertrud Eysoldt @de
"""

POOLS["fiction_myth"] = """
Hamlet
Othello
Macbeth
Faust
Zeus
Medusa
Pandora
Prometheus
Orpheus
Achilles
Narcissus
Don Juan
Merlin
Lancelot
Tristan
Zorro
Tarzan
Mowgli
Aladdin
Scheherazade
Pinocchio
Astérix
Obélix
Tintin
Arsène Lupin
Maigret
Quasimodo
Esmeralda
Mafalda
Babar
Dorian Gray
Gulliver
Robin Hood
Sherlock Holmes
Hercule Poirot
Peter Pan
Rapunzel
Thor
Odin
Freya
Siegfried
Loreley
King Lear @en
Cinderella @en
Snow White @en
Rumpelstiltskin @en
King Arthur @en
Hercules @en
Arlecchino @it
Pulcinella @it
Colombina @it
Ercole @it
Saci-Pererê @pt
Curupira @pt
Iara @pt
Boitatá @pt
Pedro Malasartes @pt
Rübezahl @de
Till Eulenspiegel @de
Struwwelpeter @de
Max und Moritz @de
Rumpelstilzchen @de
Hänsel und Gretel @de
Schneewittchen @de
Cenicienta @es
Blancanieves @es
El Cid @es
Sancho Panza @es
Dulcinea @es
Cendrillon @fr
Gavroche @fr
Jean Valjean @fr
Cosette @fr
Fantômas @fr
Barbe-Bleue @fr
"""

POOLS["saints_festivals"] = """
St. Patrick's Day|03-17 @en
Saint Valentine's Day|02-14 @en
St. Andrew's Day|11-30 @en
St. David's Day|03-01 @en
St. George's Day|04-23 @en
Guy Fawkes Night|11-05 @en
Burns Night|01-25 @en
Columbus Day|var @en
Martin Luther King Jr. Day|var @en
Bloomsday|06-16 @en
Saint Lucy's Day|12-13 @en
St. Nicholas Day|12-06 @en
Martinmas|11-11 @en
der Sankt-Martins-Umzug|11-11 @de
der Nikolaustag|12-06 @de
die Walpurgisnacht|04-30 @de
der Johannistag|06-24 @de
der Leonhardiritt|var @de
der Barbaratag|12-04 @de
der Stephanitag|12-26 @de
der Valentinstag|02-14 @de
die Kiliani-Messe|var @de
der Annaberger Kät|var @de
la Saint-Jean|06-24 @fr
la Sainte-Catherine|11-25 @fr
la Saint-Sylvestre|12-31 @fr
la Saint-Nicolas|12-06 @fr
la Saint-Vincent tournante|var @fr
le pèlerinage des Saintes-Maries-de-la-Mer|05-24 @fr
la Saint-Valentin|02-14 @fr
la Saint-Martin|11-11 @fr
la Saint-Patrick|03-17 @fr
el Día de Sant Jordi|04-23 @es
San Fermín|07-07 @es
las Fallas de San José|03-19 @es
las fiestas de San Isidro|05-15 @es
la Noche de San Juan|06-23 @es
el Día de San Valentín|02-14 @es
la Romería de San Froilán|10-05 @es
el Día de Santiago Apóstol|07-25 @es
la fiesta de San Sebastián|01-20 @es
a Festa de Santo Antônio|06-13 @pt
a Festa de São João|06-24 @pt
a Festa de São Pedro|06-29 @pt
o Círio de Nazaré|var @pt
a Festa de Iemanjá|02-02 @pt
o Dia de São Cosme e Damião|09-27 @pt
a Festa de Nossa Senhora Aparecida|10-12 @pt
a Festa do Senhor do Bonfim|var @pt
a Festa de São Gonçalo|var @pt
la Festa di San Gennaro|09-19 @it
la Festa di Sant'Agata|02-05 @it
la Festa di San Giovanni|06-24 @it
il Festino di Santa Rosalia|07-15 @it
la Festa di San Nicola|05-09 @it
la Festa dei Ceri|05-15 @it
la Festa di San Marco|04-25 @it
la Festa della Madonna Bruna|07-02 @it
la Festa di Santa Lucia|12-13 @it
la Festa di Sant'Efisio|05-01 @it
la Festa di San Petronio|10-04 @it
"""

POOLS["streets_squares"] = """
Avenida Paulista|São Paulo @pt
Rua Oscar Freire|São Paulo @pt
Avenida Brigadeiro Faria Lima|São Paulo @pt
Rua Visconde de Pirajá|Rio de Janeiro @pt
Avenida Presidente Vargas|Rio de Janeiro @pt
Largo do Arouche|São Paulo @pt
Rua Augusta|São Paulo @pt
Praça Tiradentes|Rio de Janeiro @pt
Rua Barão de Itapetininga|São Paulo @pt
Avenida Rio Branco|Rio de Janeiro @pt
Rua Garcia d'Ávila|Rio de Janeiro @pt
Avenida Almirante Reis|Lisboa @pt
Rua Garrett|Lisboa @pt
Largo Camões|Lisboa @pt
Via Garibaldi|Genova @it
Via Cavour|Firenze @it
Corso Vittorio Emanuele|Milano @it
Via Dante|Milano @it
Via Montenapoleone|Milano @it
Via Toledo|Napoli @it
Via Manzoni|Milano @it
Piazza Gae Aulenti|Milano @it
Corso Matteotti|Torino @it
Via Mazzini|Verona @it
Piazza San Carlo|Torino @it
Boulevard Haussmann|Paris @fr
Avenue Foch|Paris @fr
Boulevard Saint-Germain|Paris @fr
Quai Voltaire|Paris @fr
Boulevard Raspail|Paris @fr
Avenue Jean-Jaurès|Lyon @fr
Cours Mirabeau|Aix-en-Provence @fr
Place Stanislas|Nancy @fr
Place Kléber|Strasbourg @fr
Rue Sainte-Catherine|Bordeaux @fr
Calle Serrano|Madrid @es
Calle de Velázquez|Madrid @es
Calle de Goya|Madrid @es
Avenida Corrientes|Buenos Aires @es
Avenida Santa Fe|Buenos Aires @es
Calle Madero|Ciudad de México @es
Avenida Juárez|Ciudad de México @es
Plaza de Cibeles|Madrid @es
Carrer de Balmes|Barcelona @es
Calle Marqués de Larios|Málaga @es
Karl-Marx-Allee|Berlin @de
Maximilianstraße|München @de
Leopoldstraße|München @de
Mönckebergstraße|Hamburg @de
Schillerstraße|Weimar @de
Goethestraße|Leipzig @de
Bismarckstraße|Berlin @de
Marienplatz|München @de
Konrad-Adenauer-Ufer|Köln @de
Heinrich-Heine-Allee|Düsseldorf @de
Lexington Avenue|New York @en
Madison Avenue|New York @en
Bourbon Street|New Orleans @en
Michigan Avenue|Chicago @en
Pennsylvania Avenue|Washington @en
Lombard Street|San Francisco @en
Washington Square|New York @en
Regent Street|London @en
Baker Street|London @en
Carnaby Street|London @en
Leicester Square|London @en
Piccadilly Circus|London @en
Grafton Street|Dublin @en
O'Connell Street|Dublin @en
Collins Street|Melbourne @en
Martin Place|Sydney @en
Bleecker Street|New York @en
"""

POOLS["sports_teams"] = """
Real Madrid|ES
Atlético de Madrid|ES
Athletic Club|ES
Real Sociedad|ES
Sevilla FC|ES
Real Betis|ES
Boca Juniors|SA
River Plate|SA
Club Atlético Independiente|SA
San Lorenzo de Almagro|SA
Vélez Sarsfield|SA
Newell's Old Boys|SA
Estudiantes de La Plata|SA
Peñarol|SA
Flamengo|BR
Fluminense|BR
Vasco da Gama|BR
Botafogo|BR
São Paulo FC|BR
Corinthians|BR
Palmeiras|BR
Santos FC|BR
Grêmio|BR
Atlético Mineiro|BR
Cruzeiro|BR
Sport Recife|BR
Ponte Preta|BR
Juventus|IT
Inter|IT
AC Milan|IT
AS Roma|IT
SS Lazio|IT
SSC Napoli|IT
ACF Fiorentina|IT
Sampdoria|IT
Atalanta|IT
Udinese|IT
Paris Saint-Germain|FR
Olympique de Marseille|FR
Olympique Lyonnais|FR
AS Saint-Étienne|FR
Girondins de Bordeaux|FR
Stade Rennais|FR
OGC Nice|FR
Bayern München|DE
Borussia Dortmund|DE
Borussia Mönchengladbach|DE
FC Schalke 04|DE
Werder Bremen|DE
Hertha BSC|DE
Eintracht Frankfurt|DE
VfB Stuttgart|DE
Hamburger SV|DE
Fortuna Düsseldorf|DE
Alemannia Aachen|DE
Kickers Offenbach|DE
FC Carl Zeiss Jena|DE
Dynamo Dresden|DE
FC St. Pauli|DE
Arminia Bielefeld|DE
Boston Celtics|NBA
Los Angeles Lakers|NBA
Chicago Bulls|NBA
Houston Rockets|NBA
Denver Nuggets|NBA
Orlando Magic|NBA
Golden State Warriors|NBA
Montreal Canadiens|NHL
Toronto Maple Leafs|NHL
New York Yankees|MLB
Boston Red Sox|MLB
Pittsburgh Steelers|NFL
Green Bay Packers|NFL
Cleveland Browns|NFL
Tottenham Hotspur|EN
Nottingham Forest|EN
Aston Villa|EN
Queens Park Rangers|EN
Crystal Palace|EN
Sheffield Wednesday|EN
Hamilton Academical|SC
Heart of Midlothian|SC
Partick Thistle|SC
Stade Toulousain|RUG
"""

POOLS["ensembles"] = """
Berliner Philharmoniker|orchestra
Wiener Philharmoniker|orchestra
Gewandhausorchester Leipzig|orchestra
Staatskapelle Dresden|orchestra
Mahler Chamber Orchestra|orchestra
Gustav Mahler Jugendorchester|orchestra
Concertgebouworkest|orchestra
Orchestre de Paris|orchestra
Orchestre National du Capitole de Toulouse|orchestra
Orchestra dell'Accademia Nazionale di Santa Cecilia|orchestra
Filarmonica della Scala|orchestra
Orquesta Sinfónica Simón Bolívar|orchestra
Orquestra Sinfônica do Estado de São Paulo|orchestra
Orquestra Sinfônica Brasileira|orchestra
Academy of St Martin in the Fields|orchestra
Cleveland Orchestra|orchestra
Orchestra Haydn di Bolzano e Trento|orchestra
Orchestra Mozart|orchestra
Beethoven Orchester Bonn|orchestra
Franz Ferdinand|band
Jethro Tull|band
Lynyrd Skynyrd|band
Pink Floyd|band
Belle and Sebastian|band
Echo & the Bunnymen|band
Duran Duran|band
Steely Dan|band
Molly Hatchet|band
Procol Harum|band
Toto|band
Barão Vermelho|band
Os Paralamas do Sucesso|band
Engenheiros do Hawaii|band
Los Hermanos|band
Jota Quest|band
Kid Abelha|band
La Oreja de Van Gogh|band
Hombres G|band
Los Enanitos Verdes|band
Los Fabulosos Cadillacs|band
Louise Attaque|band
Les Rita Mitsouko|band
Indochine|band
Noir Désir|band
Element of Crime|band
Wir sind Helden|band
Juli|band
Tokio Hotel|band
Matia Bazar|band
Pooh|band
Litfiba|band
Negramaro|band
Modà|band
Mazzy Star|band
Marcy Playground|band
"""

POOLS["awards"] = """
Nobel Prize in Chemistry
Pulitzer Prize
Prix Goncourt
Prix Renaudot
Prix Médicis
Booker Prize
Hugo Award
Turing Award
Fields Medal
Abel Prize
Wolf Prize
Templeton Prize
Pritzker Prize
Stirling Prize
Emmy Awards
Tony Awards
César
Goya Awards
Premio Cervantes
Premio Nadal
Premio Princesa de Asturias
Premio Strega
Premio Viareggio-Rèpaci
David di Donatello
Prêmio Camões
Prêmio Machado de Assis
Georg-Büchner-Preis
Karlspreis
Ingeborg-Bachmann-Preis
Kleist-Preis
Max-Planck-Medaille
Gottfried Wilhelm Leibniz-Preis
Bambi
Heisman Trophy
Stanley Cup
Vince Lombardi Trophy
Larry O'Brien Trophy
Ryder Cup
Davis Cup
Walker Cup
Copa Libertadores
Jules Rimet Trophy
Coupe Gambardella
Trofeo Teresa Herrera
Trofeo Joan Gamper
Trofeo Pichichi
Trofeo Zamora
Lou Marsh Trophy
Grey Cup
Webb Ellis Cup
Bledisloe Cup
Sakharov Prize
Carnegie Medal
Caldecott Medal
Newbery Medal
Kate Greenaway Medal
Hans Christian Andersen Award
Astrid Lindgren Memorial Award
Prix Albert-Londres
Premio Rómulo Gallegos
Premio Sor Juana Inés de la Cruz
"""

POOLS["orders_tracking"] = """
El Corte Inglés
Galeries Lafayette
La Rinascente
Harrods
Selfridges
Macy's
Nordstrom
Breuninger
Ludwig Beck
Darty
Boulanger
Leroy Merlin
Conforama
Otto
Douglas
Rossmann
Müller
Lidl
Aldi
Kaufland
Edeka
Carrefour
Auchan
E.Leclerc
Intermarché
Esselunga
Conad
Eataly
Mercado Libre
Americanas
Casas Bahia
Magazine Luiza
Pão de Açúcar
Lojas Renner
Riachuelo
Marisa
C&A
Hering
Havan
Tok&Stok
Wayfair
Walgreens
Kohl's
Trader Joe's
Dillard's
Marks & Spencer
Sainsbury's
Morrisons
John Lewis
Harvey Nichols
Fortnum & Mason
Debenhams
Ted Baker
Jack Wills
Joules
Hugendubel
Thalia
Feltrinelli
Mondadori Store
Bertrand Livreiros
"""

POOLS["hotels_travel"] = """
Hotel Adlon Kempinski
Hotel Sacher
The Ritz
Hotel Negresco
Waldorf Astoria
Hotel Danieli
Gritti Palace
Belmond Hotel Cipriani
Grand Hotel Villa Serbelloni
Hotel Alfonso XIII
Hotel María Cristina
Hotel Fasano
Hôtel de Crillon
Hotel Raphael
Hotel Hassler
Hotel Lancaster
Ritz-Carlton
Marriott Marquis
Hilton Garden Inn
Hyatt Regency
Steigenberger Frankfurter Hof
Kempinski Hotel Taschenbergpalais
Meliá Castilla
Barceló Sevilla Renacimiento
Pestana Palace
Hotel Victor Hugo
Hotel Goldener Hirsch
Hotel Luisa Todi
Pousada Maria Bonita
Hotel Santa Teresa
Hotel Carlton
Hotel Wilson
Parador de Santiago de Compostela
Hotel Bristol
Hotel Marcella Royal
Hotel Eden
Hotel Maximilian
Hostal Don Pepe
Hotel Dom Henrique
Casa Fuster
"""

# ---------------- auxiliary pools ----------------
AUX = {}
AUX["city_en"] = """
Boston
Denver
Portland
Austin
Seattle
Leeds
Bristol
Cardiff
Glasgow
Edinburgh
Dublin
Galway
Cork
Manchester
York
Bath
Oxford
Brighton
Norwich
Toronto
Ottawa
Calgary
Sydney
Perth
Auckland
Chicago
Phoenix
Miami
Nashville
Savannah|31401
Boise|83702
Tucson|85701
Omaha
Buffalo
Sacramento
Albany
Burlington|05401
Asheville|28801
Aspen|81611
Boulder|80302
Halifax
Hobart
Dunedin
Belfast
Inverness
"""
AUX["city_de"] = """
München|80331
Berlin|10115
Hamburg|20095
Köln|50667
Frankfurt am Main|60311
Stuttgart|70173
Düsseldorf|40213
Leipzig|04109
Dresden|01067
Nürnberg|90402
Bremen|28195
Hannover|30159
Freiburg im Breisgau|79098
Heidelberg|69117
Münster|48143
Bonn|53111
Mainz|55116
Kassel|34117
Regensburg|93047
Lübeck|23552
Rostock|18055
Erfurt|99084
Potsdam|14467
Würzburg|97070
Wien|1010
Graz|8010
Salzburg|5020
Innsbruck|6020
Zürich|8001
Basel|4051
Bern|3011
Luzern|6003
Konstanz|78462
Bamberg|96047
Göttingen|37073
"""
AUX["city_fr"] = """
Paris|75004
Lyon|69002
Marseille|13001
Toulouse|31000
Nice|06000
Nantes|44000
Strasbourg|67000
Montpellier|34000
Bordeaux|33000
Lille|59000
Rennes|35000
Reims|51100
Grenoble|38000
Dijon|21000
Angers|49000
Nîmes|30000
Avignon|84000
Rouen|76000
Annecy|74000
Biarritz|64200
Bruxelles|1000
Liège|4000
Genève|1201
Lausanne|1003
Québec
Montréal
Colmar|68000
Arles|13200
Tours|37000
Caen|14000
La Rochelle|17000
"""
AUX["city_es"] = """
Madrid|28013
Barcelona|08002
Valencia|46002
Sevilla|41004
Zaragoza|50001
Málaga|29015
Bilbao|48005
Granada|18009
Salamanca|37008
Valladolid|47001
Córdoba|14003
Alicante|03002
Pamplona|31001
Oviedo|33003
Cádiz|11005
Buenos Aires
Montevideo
Lima
Bogotá
Medellín
Quito
Guadalajara
Monterrey
Mendoza
Rosario
Cusco
Valparaíso
Oaxaca
Toledo|45001
Segovia|40001
Girona|17001
"""
AUX["city_pt"] = """
Paraty|23970-000
Gramado|95670-000
Canela|95680-000
Bonito|79290-000
Ilhabela|11630-000
Campos do Jordão|12460-000
Pirenópolis|72980-000
Lençóis|46960-000
Ouro Preto|35400-000
Diamantina|39100-000
Holambra|13825-000
Brotas|17380-000
Curitiba
Recife
Salvador
Fortaleza
Belo Horizonte
Porto Alegre
Manaus
Belém
Natal
Goiânia
Vitória
Lisboa
Porto
Coimbra
Braga
Faro
Évora
Aveiro
Olinda|53000-000
"""
AUX["city_it"] = """
Bellagio|22021
Positano|84017
Amalfi|84011
Montepulciano|53045
Portofino|16034
Alberobello|70011
Matera|75100
Orvieto|05018
Assisi|06081
Cortona|52044
Lucca|55100
Siena|53100
Urbino|61029
Ravello|84010
Torino
Milano
Bologna
Firenze
Napoli
Palermo
Bari
Verona
Padova
Trieste
Parma
Genova
Cagliari
Lecce
Trento
Mantova|46100
Ferrara|44121
"""
AUX["publisher"] = """
Simon & Schuster
Hachette
Gallimard
Feltrinelli Editore
Mondadori
Suhrkamp
Rowohlt
S. Fischer Verlag
Carl Hanser Verlag
Kiepenheuer & Witsch
Reclam
Klett
Cornelsen
Flammarion
Grasset
Albin Michel
Éditions Robert Laffont
Calmann-Lévy
Tusquets
Espasa
Editora Rocco
José Olympio
Bertrand Editora
Giulio Einaudi Editore
Bompiani
Garzanti
Rizzoli
Laterza
Zanichelli
HarperCollins
Macmillan
Faber & Faber
Houghton Mifflin
Farrar, Straus and Giroux
Wiley
McGraw Hill
Springer
Elsevier
Routledge
Cassell
Hodder & Stoughton
Chatto & Windus
Jonathan Cape
Victor Gollancz
Heinemann
Thames & Hudson
Taschen
Phaidon
"""
AUX["venue"] = """
Teatro alla Scala
Teatro La Fenice
Teatro di San Carlo
Palais Garnier
Semperoper
Staatsoper Unter den Linden
Bayerische Staatsoper
Gran Teatre del Liceu
Teatro Real
Theatro Municipal
Teatro Amazonas
Metropolitan Opera
Royal Opera House
Wiener Staatsoper
Teatro Regio
Teatro Carlo Felice
Teatro Verdi
Teatro Donizetti
Teatro Comunale Luciano Pavarotti
Teatro Petruzzelli
Theater an der Wien
Festspielhaus Bayreuth
Teatro Nacional de São Carlos
Teatro Arriaga
Teatro Campoamor
Teatro Pérez Galdós
Sydney Opera House
Salle Pleyel
Carnegie Hall
Tonhalle
Auditorio Manuel de Falla
Sala São Paulo
Auditorium Parco della Musica Ennio Morricone
Konzerthaus Berlin
Philharmonie de Paris
Royal Albert Hall
Wigmore Hall
"""
AUX["carrier"] = """
DHL Express
FedEx
UPS
Hermes
GLS
DPD
Correos Express
Chronopost
Colissimo
Poste Italiane
BRT Bartolini
SDA
Correios
Jadlog
Loggi
Royal Mail
Evri
Yodel
Seur
MRW
Nacex
CTT Expresso
InPost
Deutsche Post
"""
AUX["airline"] = """
Lufthansa
Air France
Iberia
ITA Airways
LATAM
Gol
Azul
TAP Air Portugal
British Airways
KLM
Swiss
Austrian Airlines
Aerolíneas Argentinas
Avianca
Aeroméxico
Vueling
easyJet
Ryanair
Condor
Eurowings
Air Canada
Qantas
Aer Lingus
"""

// Sentences in Spanish that must find a trigger with its code and words (rows of
// TestTriggerPhrases::findsTriggers).
#include "TriggerRows.h"

#include <QTest>

namespace dyad::test {

void addSpanishTriggerRows() {
    QTest::newRow("es inaceptable") << "es"
                                    << "El canciller dijo que la detención es inaceptable."
                                    << "111"
                                    << "inaceptable";
    QTest::newRow("es se reunió") << "es"
                                  << "El canciller se reunió con su homólogo boliviano."
                                  << "040"
                                  << "reunió con";
    QTest::newRow("es firmaron acuerdo") << "es"
                                         << "Uruguay y Paraguay firmaron un acuerdo comercial."
                                         << "057"
                                         << "firmaron un acuerdo";
    QTest::newRow("es firmó memorando") << "es"
                                        << "Bolivia firmó un memorando de entendimiento con India."
                                        << "057"
                                        << "firmó un memorando de entendimiento";
    QTest::newRow("es visita nominal") << "es"
                                       << "La visita oficial del primer ministro a Quito terminó."
                                       << "042"
                                       << "visita oficial";
    QTest::newRow("es condenó") << "es"
                                << "Madrid condenó el ataque contra la embajada."
                                << "111"
                                << "condenó";
    QTest::newRow("es sanciones") << "es"
                                  << "Washington impuso nuevas sanciones a Managua."
                                  << "163"
                                  << "impuso nuevas sanciones";
    QTest::newRow("es ayuda humanitaria") << "es"
                                          << "México envió ayuda humanitaria a Honduras."
                                          << "073"
                                          << "envió ayuda humanitaria";
    QTest::newRow("es conversación telefónica")
        << "es"
        << "Ambos presidentes mantuvieron una conversación telefónica."
        << "041"
        << "mantuvieron una conversación telefónica";
    QTest::newRow("es expulsó diplomáticos") << "es"
                                             << "Caracas expulsó a tres diplomáticos españoles."
                                             << "161"
                                             << "expulsó a tres diplomáticos";
    QTest::newRow("es detenidos") << "es"
                                  << "La policía detuvo a dos activistas."
                                  << "173"
                                  << "detuvo";
    QTest::newRow("es acusó") << "es"
                              << "Quito acusó a Bogotá de injerencia."
                              << "112"
                              << "acusó";
    QTest::newRow("es bombardeos") << "es"
                                   << "Los bombardeos aéreos destruyeron el puente."
                                   << "195"
                                   << "bombardeos aéreos";
    QTest::newRow("es se niega a") << "es"
                                   << "Caracas se niega a entregar al opositor."
                                   << "120"
                                   << "se niega a";
    QTest::newRow("es impondrá aranceles") << "es"
                                           << "Washington impondrá aranceles a México."
                                           << "163"
                                           << "impondrá aranceles";
    QTest::newRow("es anunció sanciones") << "es"
                                          << "Bruselas anunció sanciones contra Managua."
                                          << "163"
                                          << "anunció sanciones";
    QTest::newRow("es ha impuesto sanciones") << "es"
                                              << "Londres ha impuesto sanciones a diez empresas."
                                              << "163"
                                              << "ha impuesto sanciones";
    QTest::newRow("es ofreció disculpas") << "es"
                                          << "El rey ofreció disculpas a México."
                                          << "055"
                                          << "ofreció disculpas";
    QTest::newRow("es llegaron a un acuerdo") << "es"
                                              << "Ambos gobiernos llegaron a un acuerdo migratorio."
                                              << "057"
                                              << "llegaron a un acuerdo";
    QTest::newRow("es reconoció como presidente")
        << "es"
        << "Madrid reconoció al opositor como presidente interino."
        << "054"
        << "reconoció al opositor como presidente";
    QTest::newRow("es aterrizó en") << "es"
                                    << "El canciller aterrizó en La Paz."
                                    << "042"
                                    << "aterrizó en";
    QTest::newRow("es puso en libertad") << "es"
                                         << "Managua puso en libertad a doce presos."
                                         << "0841"
                                         << "puso en libertad";
    QTest::newRow("es calificó de inaceptable") << "es"
                                                << "Lima calificó la medida de inaceptable."
                                                << "111"
                                                << "calificó la medida de inaceptable";
    QTest::newRow("es citó al embajador") << "es"
                                          << "Buenos Aires citó al embajador español."
                                          << "114"
                                          << "citó al embajador";
    QTest::newRow("es condenado a años") << "es"
                                         << "El periodista fue condenado a ocho años de prisión."
                                         << "116"
                                         << "fue condenado a ocho años";
    QTest::newRow("es derribaron dron") << "es"
                                        << "Las defensas derribaron un dron sobre la frontera."
                                        << "190"
                                        << "derribaron un dron";
    QTest::newRow("es cerró espacio aéreo")
        << "es"
        << "Venezuela cerró su espacio aéreo a los vuelos de Panamá."
        << "163"
        << "cerró su espacio aéreo";
    QTest::newRow("es irrumpió en embajada") << "es"
                                             << "La policía irrumpió en la embajada."
                                             << "171"
                                             << "irrumpió en la embajada";
    QTest::newRow("es advirtió de consecuencias") << "es"
                                                  << "Moscú advirtió de graves consecuencias."
                                                  << "130"
                                                  << "advirtió de graves consecuencias";
    QTest::newRow("es aceptó condiciones") << "es"
                                           << "Bogotá aceptó todas las condiciones de Washington."
                                           << "080"
                                           << "aceptó todas las condiciones";
    QTest::newRow("es retira embajadora") << "es"
                                          << "Madrid retira a su embajadora en Buenos Aires."
                                          << "161"
                                          << "retira a su embajadora";
    QTest::newRow("es violación de la tregua") << "es"
                                               << "La violación de la tregua causó tres muertos."
                                               << "196"
                                               << "violación de la tregua";
    QTest::newRow("es instó alto el fuego") << "es"
                                            << "La ONU instó a ambas partes a un alto el fuego."
                                            << "0256"
                                            << "instó a ambas partes a un alto el fuego";
    QTest::newRow("es cese al fuego") << "es"
                                      << "Las partes acordaron un cese al fuego."
                                      << "0871"
                                      << "acordaron un cese al fuego";
    QTest::newRow("es desmintió") << "es"
                                  << "Teherán desmintió cualquier participación en el ataque."
                                  << "016"
                                  << "desmintió cualquier participación";
    QTest::newRow("es se desplazó") << "es"
                                    << "El presidente se desplazó a Kiev."
                                    << "042"
                                    << "se desplazó a";
    QTest::newRow("es ayuda militar a") << "es"
                                        << "La ayuda militar a Kiev llegó en marzo."
                                        << "072"
                                        << "ayuda militar a";
    QTest::newRow("es abandonó tratado") << "es"
                                         << "Washington abandonó el tratado nuclear."
                                         << "160"
                                         << "abandonó el tratado";
}

} // namespace dyad::test

/** Units, party organizations, cadres, ranks, jurisdiction, secondments and the roster import. */
package org.ducha.organization;

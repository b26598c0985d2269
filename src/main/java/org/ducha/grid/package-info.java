/** Grid events (网格事项): reported from a community, routed to the responsible department as an assignment, fed back and rated. */
package org.ducha.grid;

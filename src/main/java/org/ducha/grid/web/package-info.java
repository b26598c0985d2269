/** Pages and REST endpoints of grid events and their routing table. */
package org.ducha.grid.web;

# IBM BladeCenter management module (mmblade MIB, enterprise 2.3.51.2), indexed by blade slot
# (1-14), as the vendor's own PDU example and ClusterLabs fence_ibmblade use it. A restart need not
# show the blade off (restartBlade restarts a running blade), so a reset is done once the blade
# reads on after the command.

# bladeSystemStatusTable: bladeExists false(0), true(1); bladeName "(No name)" for an empty slot
object bladeExists     1.3.6.1.4.1.2.3.51.2.22.1.5.1.1.3 integer required
object bladePowerState 1.3.6.1.4.1.2.3.51.2.22.1.5.1.1.4 integer 0=off 1=on required
object bladeName       1.3.6.1.4.1.2.3.51.2.22.1.5.1.1.6 text
# bladePowerRestartTable: powerOnOffBlade takes off(0) or on(1); restartBlade takes execute(1)
object powerOnOffBlade 1.3.6.1.4.1.2.3.51.2.22.1.6.1.1.7 integer required
object restartBlade    1.3.6.1.4.1.2.3.51.2.22.1.6.1.1.8 integer required

profile bladecenter
  name            IBM BladeCenter management module
  probe           bladePowerState
  outlet-name     bladeName
  outlet-state    bladePowerState
  outlet-present  bladeExists 1
  switch-on       powerOnOffBlade 1
  switch-off      powerOnOffBlade 0
  switch-reset    restartBlade 1
  reset-shows-off no
  not-metered     reports no measured power per blade in its blade tables

import PPIDModel
